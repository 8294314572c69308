/**
 * What every Onsite webview panel shares: the options and the CSP shell, the ready handshake, the queue
 * of messages posted before the webview said `ready`, parse-then-dispatch with the panel's own protocol
 * validator, one panel of a kind at a time (create or reveal, revive after a reload), and disposal of
 * everything it owns. A panel adds only what it shows and how it answers its messages.
 */
import * as vscode from 'vscode';
import { describeKind } from '../webview/shared/shape';
import type { Parsed } from '../webview/shared/shape';
import { webviewDocument } from './webviewDocument';
import { webviewOptions } from './webviewOptions';
import type { WebviewDocumentOptions } from './webviewDocument';

/** The document a panel loads: its bundle, stylesheet, title and what the CSP allows beyond scripts. */
export type PanelShell = Omit<WebviewDocumentOptions, 'webview' | 'extensionUri'>;

export interface PanelProtocol<In extends { kind: string }, Out extends { kind: string }> {
  /** For the log: "interview", "debrief". */
  name: string;
  /** The panel's typed validator of what its webview sends; nothing unparsed reaches the panel. */
  parse(raw: unknown): Parsed<In>;
  /**
   * Whole views replace each other: only the latest is kept, and it is re-sent at every handshake
   * because a hidden webview loses its document. Anything else (notices, focus) queues until ready.
   */
  isView(message: Out): boolean;
}

export interface PanelLog {
  warn(message: string): void;
}

export abstract class OnsiteWebviewPanel<In extends { kind: string }, Out extends { kind: string }> implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  /**
   * Until the webview's first `ready`, a view is posted at once as well as kept: VS Code holds what is
   * posted to a webview's first load and delivers it as the page finishes loading (the overlay's
   * first-load queue, the frame's pending messages), so the live view does not wait for the page's
   * `ready` to cross an extension host still busy activating other extensions (1.1 s in the reload
   * trace). After a hide that queue is gone and a post is dropped, which is why `ready` still re-sends.
   */
  private firstLoad = true;
  private disposed = false;
  private latestView: Out | undefined;
  private readonly queued: Out[] = [];

  protected constructor(
    protected readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    shell: PanelShell,
    private readonly protocol: PanelProtocol<In, Out>,
    protected readonly log: PanelLog,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewDocument({ webview: panel.webview, extensionUri, ...shell });
    panel.onDidDispose(() => { this.dispose(); }, null, this.disposables);
    panel.onDidChangeViewState(
      (e) => {
        // Without retainContextWhenHidden a hidden webview is torn down; it says `ready` again when shown.
        if (e.webviewPanel.visible) {
          this.onDidBecomeVisible();
        } else {
          this.ready = false;
          this.firstLoad = false;
        }
      },
      null,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage((raw: unknown) => { this.receive(raw); }, null, this.disposables);
  }

  /** A message that passed the protocol's validator; `ready` arrives here too, after the queue was sent. */
  protected abstract onMessage(message: In): void;

  protected onDidBecomeVisible(): void {
    // Most panels need nothing: the webview's `ready` brings the latest view back.
  }

  protected onDidDispose(): void {
    // Nothing beyond the panel's own disposables by default.
  }

  private receive(raw: unknown): void {
    const parsed = this.protocol.parse(raw);
    if (!parsed.ok) {
      this.log.warn(`Ignored a malformed message from the ${this.protocol.name} view (${describeKind(raw)}): ${parsed.reason}`);
      return;
    }
    if (parsed.value.kind === 'ready') {
      // A reload of the webview (theme change, hidden and shown) restarts the handshake.
      this.ready = true;
      this.firstLoad = false;
      if (this.latestView !== undefined) void this.panel.webview.postMessage(this.latestView);
      this.flush();
    }
    this.onMessage(parsed.value);
  }

  /** Posts now if the webview is ready; otherwise keeps the latest view and queues the rest. */
  post(message: Out): void {
    if (this.protocol.isView(message)) {
      this.latestView = message;
      if (this.ready || this.firstLoad) void this.panel.webview.postMessage(message);
      return;
    }
    this.queued.push(message);
    if (this.ready) this.flush();
  }

  private flush(): void {
    for (const message of this.queued.splice(0)) void this.panel.webview.postMessage(message);
  }

  /** The webview said it is ready, so a view posted now is drawn at once. */
  get isReady(): boolean {
    return this.ready;
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.panel.viewColumn;
  }

  setTitle(title: string): void {
    this.panel.title = title;
  }

  reveal(preserveFocus = false, fallbackColumn?: vscode.ViewColumn): void {
    this.panel.reveal(this.panel.viewColumn ?? fallbackColumn, preserveFocus);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
    this.onDidDispose();
  }
}

/**
 * One panel of a kind at a time: `show` reveals the open one or creates it, `revive` adopts a panel VS
 * Code restored after a reload in place of any other, and a disposed panel leaves the slot.
 */
export class PanelSlot<P extends OnsiteWebviewPanel<{ kind: string }, { kind: string }>> {
  private current: P | undefined;

  constructor(private readonly viewType: string) {}

  get active(): P | undefined {
    return this.current;
  }

  show(
    where: { title: string; column: vscode.ViewColumn; preserveFocus: boolean; extensionUri: vscode.Uri },
    create: (panel: vscode.WebviewPanel) => P,
  ): { panel: P; created: boolean } {
    const existing = this.current;
    if (existing !== undefined) {
      existing.reveal(where.preserveFocus, where.column);
      return { panel: existing, created: false };
    }
    const panel = vscode.window.createWebviewPanel(
      this.viewType,
      where.title,
      { viewColumn: where.column, preserveFocus: where.preserveFocus },
      { ...webviewOptions(where.extensionUri), retainContextWhenHidden: false },
    );
    return { panel: this.hold(create(panel)), created: true };
  }

  revive(create: () => P): P {
    this.current?.dispose();
    return this.hold(create());
  }

  /** Called by the panel as it is disposed. */
  release(panel: P): void {
    if (this.current === panel) this.current = undefined;
  }

  /** Whether the workbench restored a tab of this kind, which it then revives through the serializer. */
  tabRestored(): boolean {
    return vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(this.viewType)));
  }

  private hold(panel: P): P {
    this.current = panel;
    return panel;
  }
}
