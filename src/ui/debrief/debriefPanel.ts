/**
 * The debrief panel: one at a time, showing either a session's debrief or the history overview. The host
 * owns the data and sends whole views after the webview's `ready`; the webview remembers only which page
 * it showed, which the serializer reads back to restore the panel after a restart.
 */
import * as vscode from 'vscode';
import { debriefSummary } from './markdown';
import { filterHistory } from '../../core/history/sessionSummary';
import { parseDebriefWebviewMessage } from '../../webview/debrief/protocol';
import type { DebriefHostMessage, DebriefWebviewMessage } from '../../webview/debrief/protocol';
import { historyOverview } from '../history/historyOverview';
import { Commands, Views } from '../ids';
import { OnsiteWebviewPanel, PanelSlot } from '../webviewPanel';
import { debriefView } from './debriefView';
import type { DebriefLibrary } from './library';

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

const slot = new PanelSlot<DebriefPanel>(Views.debriefPanel);

export class DebriefPanel extends OnsiteWebviewPanel<DebriefWebviewMessage, DebriefHostMessage> {
  static createOrShow(ctx: DebriefPanelContext, page: DebriefPage): DebriefPanel {
    const shown = slot.show(
      { title: vscode.l10n.t('Debrief'), column: vscode.ViewColumn.Active, preserveFocus: false, extensionUri: ctx.extensionUri },
      (panel) => new DebriefPanel(panel, ctx, page),
    );
    if (!shown.created) shown.panel.show(page);
    return shown.panel;
  }

  static revive(panel: vscode.WebviewPanel, ctx: DebriefPanelContext, state: unknown): void {
    slot.revive(() => new DebriefPanel(panel, ctx, pageFromState(state) ?? { kind: 'history' }));
  }

  static disposeCurrent(): void {
    slot.active?.dispose();
  }

  /** Re-renders the open panel, if any, after the history changed elsewhere. */
  static refresh(): void {
    void slot.active?.render();
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly ctx: DebriefPanelContext,
    private page: DebriefPage,
  ) {
    super(
      panel,
      ctx.extensionUri,
      {
        script: 'debrief.js',
        stylesheet: 'debrief.css',
        title: vscode.l10n.t('Debrief'),
        loadingText: vscode.l10n.t('Loading the debrief…'),
        allowInlineStyles: false,
        allowImages: false,
      },
      { name: 'debrief', parse: parseDebriefWebviewMessage, isView: (message) => message.kind !== 'notice' },
      ctx.log,
    );
  }

  show(page: DebriefPage): void {
    this.page = page;
    void this.render();
  }

  private async render(): Promise<void> {
    try {
      if (this.page.kind === 'history') {
        this.setTitle(vscode.l10n.t('Interview History'));
        const summaries = filterHistory(await this.ctx.library.summaries(), {});
        this.post({ kind: 'history', view: await historyOverview(summaries, await this.ctx.library.catalogue(), this.ctx.library.now()) });
        return;
      }
      const debrief = await this.ctx.library.debrief(this.page.sessionId);
      if (debrief === null) {
        this.post({ kind: 'empty', reason: vscode.l10n.t('This session could not be read; the Onsite output channel says why.') });
        return;
      }
      this.setTitle(vscode.l10n.t('Debrief: {0}', debrief.problem.title));
      this.post({ kind: 'debrief', view: debriefView(debrief) });
    } catch (error) {
      this.ctx.log.error('Debrief render failed', error);
      this.post({ kind: 'notice', level: 'error', text: vscode.l10n.t('The debrief could not be built; see the Onsite output channel.') });
    }
  }

  protected override onMessage(message: DebriefWebviewMessage): void {
    void this.dispatch(message).catch((error: unknown) => {
      this.ctx.log.error(`Debrief webview: ${message.kind} failed`, error);
      this.post({ kind: 'notice', level: 'error', text: error instanceof Error ? error.message : String(error) });
    });
  }

  private async dispatch(message: DebriefWebviewMessage): Promise<void> {
    switch (message.kind) {
      case 'ready':
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
        await vscode.commands.executeCommand(Commands.startProblem, message.problemId);
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

  protected override onDidDispose(): void {
    slot.release(this);
  }
}
