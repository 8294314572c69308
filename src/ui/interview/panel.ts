/**
 * The interview panel beside the editor. One instance at a time: `createOrShow` reveals or creates it,
 * `revive` adopts a panel VS Code restored after a reload. Messages from the webview go to the handler
 * only after passing `parseWebviewMessage` (inside the handler); messages to the webview wait for its
 * `ready`, so nothing posted during load is lost.
 */
import * as vscode from 'vscode';
import type { HostMessage } from '../../webview/protocol';
import { Views } from '../ids';
import { webviewDocument } from '../webviewDocument';

export interface PanelEvents {
  /** Raw message from the webview, still unvalidated. */
  onMessage(message: unknown): void;
  onDidDispose(): void;
  onDidBecomeVisible(): void;
}

export class InterviewPanel implements vscode.Disposable {
  private static current: InterviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private disposed = false;
  /** The latest view, re-sent on every handshake because a hidden webview loses its document. */
  private latest: HostMessage | undefined;
  private readonly extras: HostMessage[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly events: PanelEvents,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.options = InterviewPanel.webviewOptions(extensionUri);
    panel.webview.html = webviewDocument({
      webview: panel.webview,
      extensionUri,
      script: 'interview.js',
      stylesheet: 'interview.css',
      title: vscode.l10n.t('Interview'),
      loadingText: vscode.l10n.t('Loading the interview…'),
      allowInlineStyles: true,
      allowImages: true,
    });
    panel.onDidDispose(() => { this.dispose(); }, null, this.disposables);
    panel.onDidChangeViewState(
      (e) => {
        // Without retainContextWhenHidden a hidden webview is torn down; it says `ready` again when shown.
        if (!e.webviewPanel.visible) this.ready = false;
        else events.onDidBecomeVisible();
      },
      null,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage(
      (message: unknown) => {
        if (typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ready') {
          // A reload of the webview (theme change, hidden and shown) restarts the handshake.
          this.ready = true;
          if (this.latest !== undefined) void this.panel.webview.postMessage(this.latest);
          this.flush();
        }
        events.onMessage(message);
      },
      null,
      this.disposables,
    );
  }

  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  /** Whether the workbench restored an interview tab, which it then revives through the serializer. */
  static tabRestored(): boolean {
    return vscode.window.tabGroups.all.some((group) =>
      group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(Views.interviewPanel)));
  }

  static get active(): InterviewPanel | undefined {
    return InterviewPanel.current;
  }

  static createOrShow(extensionUri: vscode.Uri, events: PanelEvents, preserveFocus = false): InterviewPanel {
    const existing = InterviewPanel.current;
    if (existing !== undefined) {
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      Views.interviewPanel,
      vscode.l10n.t('Interview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { ...InterviewPanel.webviewOptions(extensionUri), retainContextWhenHidden: false },
    );
    InterviewPanel.current = new InterviewPanel(panel, extensionUri, events);
    return InterviewPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, events: PanelEvents): InterviewPanel {
    InterviewPanel.current?.dispose();
    InterviewPanel.current = new InterviewPanel(panel, extensionUri, events);
    return InterviewPanel.current;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.panel.viewColumn;
  }

  /** The webview said it is ready, so a view posted now is drawn at once. */
  get isReady(): boolean {
    return this.ready;
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  setTitle(title: string): void {
    this.panel.title = title;
  }

  reveal(preserveFocus = false): void {
    this.panel.reveal(this.panel.viewColumn, preserveFocus);
  }

  /**
   * Views replace each other, so only the latest is kept for the next handshake; notices and focus
   * requests queue until the webview is ready.
   */
  post(message: HostMessage): void {
    if (message.kind === 'view' || message.kind === 'empty') {
      this.latest = message;
      if (this.ready) void this.panel.webview.postMessage(message);
      return;
    }
    this.extras.push(message);
    if (this.ready) this.flush();
  }

  private flush(): void {
    for (const message of this.extras.splice(0)) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (InterviewPanel.current === this) InterviewPanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length > 0) this.disposables.pop()?.dispose();
    this.events.onDidDispose();
  }
}
