/**
 * The debrief panel: one at a time, showing either a session's debrief or the history overview. The host
 * owns the data and sends whole views after the webview's `ready`; the webview remembers only which page
 * it showed, which the serializer reads back to restore the panel after a restart.
 */
import * as vscode from 'vscode';
import { debriefSummary } from '../../core/debrief/markdown';
import { filterHistory } from '../../core/history/sessionSummary';
import { parseDebriefWebviewMessage } from '../../webview/debrief/protocol';
import type { DebriefHostMessage, DebriefWebviewMessage } from '../../webview/debrief/protocol';
import { historyOverview } from '../history/historyOverview';
import { webviewDocument } from '../webviewDocument';
import { debriefView } from './debriefView';
import type { DebriefLibrary } from './library';

export const DEBRIEF_VIEW_TYPE = 'onsite.debrief';

export type DebriefPage = { kind: 'session'; sessionId: string } | { kind: 'history' };

/** What the panel asks of the rest of the extension beyond the library. */
export interface DebriefPanelContext {
  extensionUri: vscode.Uri;
  library: DebriefLibrary;
  log: { warn(message: string): void; error(message: string, error?: unknown): void };
  exportMarkdown(sessionId: string): Promise<void>;
  exportHistory(): Promise<void>;
  importHistory(): Promise<void>;
  /** The history changed (a self-review was saved): refresh the tree. */
  historyChanged(): void;
}

function pageFromState(state: unknown): DebriefPage | null {
  if (typeof state !== 'object' || state === null) return null;
  const page = (state as { page?: unknown }).page;
  if (typeof page !== 'object' || page === null) return null;
  const { kind, sessionId } = page as { kind?: unknown; sessionId?: unknown };
  if (kind === 'history') return { kind: 'history' };
  if (kind === 'session' && typeof sessionId === 'string' && sessionId.length <= 200) return { kind: 'session', sessionId };
  return null;
}

export class DebriefPanel implements vscode.Disposable {
  private static current: DebriefPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private disposed = false;

  static createOrShow(ctx: DebriefPanelContext, page: DebriefPage): DebriefPanel {
    if (DebriefPanel.current !== undefined) {
      DebriefPanel.current.panel.reveal(undefined, false);
      DebriefPanel.current.show(page);
      return DebriefPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(DEBRIEF_VIEW_TYPE, vscode.l10n.t('Debrief'), vscode.ViewColumn.Active, DebriefPanel.options(ctx.extensionUri));
    DebriefPanel.current = new DebriefPanel(panel, ctx, page);
    return DebriefPanel.current;
  }

  static revive(panel: vscode.WebviewPanel, ctx: DebriefPanelContext, state: unknown): void {
    panel.webview.options = DebriefPanel.options(ctx.extensionUri);
    DebriefPanel.current?.dispose();
    DebriefPanel.current = new DebriefPanel(panel, ctx, pageFromState(state) ?? { kind: 'history' });
  }

  static disposeCurrent(): void {
    DebriefPanel.current?.dispose();
  }

  /** Re-renders the open panel, if any, after the history changed elsewhere. */
  static refresh(): void {
    void DebriefPanel.current?.render();
  }

  private static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly ctx: DebriefPanelContext,
    private page: DebriefPage,
  ) {
    panel.webview.html = webviewDocument({
      webview: panel.webview,
      extensionUri: ctx.extensionUri,
      script: 'debrief.js',
      stylesheet: 'debrief.css',
      title: vscode.l10n.t('Debrief'),
      loadingText: vscode.l10n.t('Loading the debrief…'),
      allowInlineStyles: false,
      allowImages: false,
    });
    panel.onDidDispose(() => { this.dispose(); }, null, this.disposables);
    panel.webview.onDidReceiveMessage((raw: unknown) => { void this.receive(raw); }, null, this.disposables);
    // A hidden webview is destroyed and rebuilt on reveal; it announces itself again with `ready`.
    panel.onDidChangeViewState(() => { if (!panel.visible) this.ready = false; }, null, this.disposables);
  }

  show(page: DebriefPage): void {
    this.page = page;
    void this.render();
  }

  private post(message: DebriefHostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private async render(): Promise<void> {
    if (!this.ready) return;
    try {
      if (this.page.kind === 'history') {
        this.panel.title = vscode.l10n.t('Interview History');
        const summaries = filterHistory(await this.ctx.library.summaries(), {});
        this.post({ kind: 'history', view: await historyOverview(summaries, await this.ctx.library.catalogue(), this.ctx.library.now()) });
        return;
      }
      const debrief = await this.ctx.library.debrief(this.page.sessionId);
      if (debrief === null) {
        this.post({ kind: 'empty', reason: vscode.l10n.t('This session could not be read; the Onsite output channel says why.') });
        return;
      }
      this.panel.title = vscode.l10n.t('Debrief: {0}', debrief.problem.title);
      this.post({ kind: 'debrief', view: debriefView(debrief) });
    } catch (error) {
      this.ctx.log.error('Debrief render failed', error);
      this.post({ kind: 'notice', level: 'error', text: vscode.l10n.t('The debrief could not be built; see the Onsite output channel.') });
    }
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = parseDebriefWebviewMessage(raw);
    if (!parsed.ok) {
      this.ctx.log.warn(`Debrief webview: dropped a malformed message (${parsed.reason})`);
      return;
    }
    try {
      await this.dispatch(parsed.value);
    } catch (error) {
      this.ctx.log.error(`Debrief webview: ${parsed.value.kind} failed`, error);
      this.post({ kind: 'notice', level: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  private async dispatch(message: DebriefWebviewMessage): Promise<void> {
    switch (message.kind) {
      case 'ready':
        this.ready = true;
        await this.render();
        return;
      case 'submitSelfReview':
        this.ctx.library.recordSelfReview(message.sessionId, message.scores, message.notes);
        this.ctx.historyChanged();
        this.page = { kind: 'session', sessionId: message.sessionId };
        await this.render();
        return;
      case 'exportMarkdown':
        await this.ctx.exportMarkdown(message.sessionId);
        return;
      case 'copySummary': {
        const debrief = await this.ctx.library.debrief(message.sessionId);
        if (debrief === null) return;
        await vscode.env.clipboard.writeText(debriefSummary(debrief));
        this.post({ kind: 'notice', level: 'info', text: vscode.l10n.t('Summary copied to the clipboard.') });
        return;
      }
      case 'openSession':
        this.show({ kind: 'session', sessionId: message.sessionId });
        return;
      case 'startProblem':
        await vscode.commands.executeCommand('onsite.startProblem', message.problemId);
        return;
      case 'exportHistory':
        await this.ctx.exportHistory();
        return;
      case 'importHistory':
        await this.ctx.importHistory();
        return;
      default: {
        const unreachable: never = message;
        this.ctx.log.warn(`Debrief webview: unhandled message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (DebriefPanel.current === this) DebriefPanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
