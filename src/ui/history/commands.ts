/** The debrief and history commands: thin calls into the library, the tree and the panel. */
import * as vscode from 'vscode';
import { localDate } from '../debrief/headerWords';
import { debriefMarkdown, debriefSummary } from '../debrief/markdown';
import { suggestNext } from '../../core/history/reviewSchedule';
import { recurringWeaknesses } from '../../core/history/weaknesses';
import { topicsOf } from '../../core/history/sessionSummary';
import type { SessionSummary } from '../../core/history/sessionSummary';
import { DIFFICULTIES } from '../../vocabulary/interview';
import type { Difficulty } from '../../vocabulary/interview';
import { DebriefPanel } from '../debrief/debriefPanel';
import type { DebriefPanelContext } from '../debrief/debriefPanel';
import type { DebriefLibrary } from '../debrief/library';
import type { HistoryTree } from './historyView';
import { Commands } from '../ids';
import { suggestionReasonWords, weaknessWords } from './historyWords';
import { outcomeWords } from './sessionWords';

/** Import reads the whole file into memory; a history this large is not one a person produced. */
const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Commands run from the palette get no argument; from the tree they get the session's summary. */
function sessionIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as Partial<SessionSummary>).sessionId === 'string') return (arg as SessionSummary).sessionId;
  return undefined;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export class HistoryActions {
  constructor(
    private readonly library: DebriefLibrary,
    private readonly tree: HistoryTree,
    private readonly log: { info(m: string): void; error(m: string, e?: unknown): void },
  ) {}

  async pickSession(): Promise<string | undefined> {
    const sessions = await this.tree.sessions();
    if (sessions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No finished interviews yet.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      sessions.map((s) => ({ label: s.title, description: `${new Date(s.startedAt).toLocaleString()} · ${outcomeWords(s)}`, sessionId: s.sessionId })),
      { placeHolder: vscode.l10n.t('Choose a past interview') },
    );
    return picked?.sessionId;
  }

  async exportMarkdown(sessionId: string): Promise<void> {
    const debrief = await this.library.debrief(sessionId);
    if (debrief === null) throw new Error(vscode.l10n.t('Session {0} could not be read.', sessionId));
    const date = new Date(debrief.startedAt).toISOString().slice(0, 10);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(`onsite-debrief-${slug(debrief.problem.title)}-${date}.md`),
      filters: { Markdown: ['md'] },
      saveLabel: vscode.l10n.t('Export Debrief'),
    });
    if (target === undefined) return;
    const sessions = await this.library.summaries();
    const suggestion = await suggestNext(sessions, await this.library.catalogue(), this.library.now());
    const next = {
      weaknesses: recurringWeaknesses(sessions).slice(0, 3).map(weaknessWords),
      suggestion: suggestion === null ? null : { title: suggestion.title, reason: suggestionReasonWords(suggestion) },
    };
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(debriefMarkdown(debrief, { formatDate: localDate, next })));
    const open = vscode.l10n.t('Open');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('Debrief exported to {0}.', target.fsPath), open)) === open) {
      await vscode.window.showTextDocument(target);
    }
  }

  async copySummary(sessionId: string): Promise<void> {
    const debrief = await this.library.debrief(sessionId);
    if (debrief === null) throw new Error(vscode.l10n.t('Session {0} could not be read.', sessionId));
    await vscode.env.clipboard.writeText(debriefSummary(debrief));
    void vscode.window.showInformationMessage(vscode.l10n.t('Debrief summary copied.'));
  }

  async exportHistory(): Promise<void> {
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(`onsite-history-${new Date(this.library.now()).toISOString().slice(0, 10)}.json`),
      filters: { JSON: ['json'] },
      saveLabel: vscode.l10n.t('Export History'),
    });
    if (target === undefined) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(this.library.exportAll()));
    void vscode.window.showInformationMessage(vscode.l10n.t('History exported to {0}.', target.fsPath));
  }

  async importHistory(): Promise<void> {
    const [source] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'] }, openLabel: vscode.l10n.t('Import History') })) ?? [];
    if (source === undefined) return;
    const stat = await vscode.workspace.fs.stat(source);
    if (stat.size > MAX_IMPORT_BYTES) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Onsite did not import {0}: the file is larger than 100 MB.', source.fsPath));
      return;
    }
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
    const result = this.library.importFrom(text);
    if (!result.ok) {
      for (const error of result.errors) this.log.info(`Import of ${source.fsPath}: ${error}`);
      const more = result.errors.length > 1 ? vscode.l10n.t(' (and {0} more in the Onsite output)', result.errors.length - 1) : '';
      void vscode.window.showErrorMessage(vscode.l10n.t('Onsite did not import {0}; nothing was changed. {1}{2}', source.fsPath, result.errors[0] ?? '', more));
      return;
    }
    this.tree.refresh();
    DebriefPanel.refresh();
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Imported {0} session(s); {1} already in your history were left unchanged.', result.added.length, result.skipped.length),
    );
  }

  async filterByTopic(): Promise<void> {
    const topics = topicsOf(await this.tree.sessions());
    const picked = await vscode.window.showQuickPick([vscode.l10n.t('All topics'), ...topics], { placeHolder: vscode.l10n.t('Show sessions on topic') });
    if (picked === undefined) return;
    this.tree.setFilter({ ...this.tree.currentFilter(), topic: topics.includes(picked) ? picked : undefined });
  }

  async filterByDifficulty(): Promise<void> {
    const all = vscode.l10n.t('All difficulties');
    const picked = await vscode.window.showQuickPick([all, ...DIFFICULTIES], { placeHolder: vscode.l10n.t('Show sessions of difficulty') });
    if (picked === undefined) return;
    const difficulty = (DIFFICULTIES as readonly string[]).includes(picked) ? (picked as Difficulty) : undefined;
    this.tree.setFilter({ ...this.tree.currentFilter(), difficulty });
  }
}

/** Where a command's handler goes: the extension registers the ids at activation and hands them to these handlers once loaded. */
export type CommandSink = (id: string, run: (arg: unknown) => Promise<void>) => vscode.Disposable;

export function registerHistoryCommands(
  actions: HistoryActions,
  tree: HistoryTree,
  panelContext: DebriefPanelContext,
  onError: (id: string, error: unknown) => void,
  registerCommand: CommandSink,
): vscode.Disposable[] {
  const register = (id: string, run: (arg: unknown) => unknown): vscode.Disposable =>
    registerCommand(id, async (arg: unknown) => {
      try {
        await run(arg);
      } catch (error) {
        onError(id, error);
      }
    });
  const withSession = (run: (sessionId: string) => Promise<void>) => async (arg: unknown): Promise<void> => {
    const sessionId = sessionIdOf(arg) ?? (await actions.pickSession());
    if (sessionId !== undefined) await run(sessionId);
  };
  return [
    register(Commands.openDebrief, withSession((sessionId) => {
      DebriefPanel.createOrShow(panelContext, { kind: 'session', sessionId });
      return Promise.resolve();
    })),
    register(Commands.showHistory, () => DebriefPanel.createOrShow(panelContext, { kind: 'history' })),
    register(Commands.filterHistoryByTopic, () => actions.filterByTopic()),
    register(Commands.filterHistoryByDifficulty, () => actions.filterByDifficulty()),
    register(Commands.clearHistoryFilter, () => { tree.setFilter({}); }),
    register(Commands.refreshHistory, () => {
      tree.refresh();
      DebriefPanel.refresh();
    }),
    register(Commands.exportHistory, () => actions.exportHistory()),
    register(Commands.importHistory, () => actions.importHistory()),
    register(Commands.exportDebriefMarkdown, withSession((sessionId) => actions.exportMarkdown(sessionId))),
    register(Commands.copyDebriefSummary, withSession((sessionId) => actions.copySummary(sessionId))),
  ];
}
