/**
 * The History tree: finished sessions, newest first, each with its problem, date, outcome and active
 * time; filterable by topic and difficulty. Selecting one opens its debrief.
 */
import * as vscode from 'vscode';
import { formatClock } from '../../core/debrief/clock';
import { localDate } from '../debrief/headerWords';
import { filterHistory } from '../../core/history/sessionSummary';
import type { HistoryFilter, SessionSummary } from '../../core/history/sessionSummary';
import type { DebriefLibrary } from '../debrief/library';
import { Commands, ContextKeys, SESSION_CONTEXT_VALUE } from '../ids';
import { outcomeWords } from './sessionWords';

export class HistoryTree implements vscode.TreeDataProvider<SessionSummary>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: HistoryFilter = {};
  private all: SessionSummary[] | undefined;

  constructor(
    private readonly library: DebriefLibrary,
    private readonly onError: (error: unknown) => void,
  ) {}

  currentFilter(): HistoryFilter {
    return { ...this.filter };
  }

  setFilter(filter: HistoryFilter): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', ContextKeys.historyFiltered, filter.topic !== undefined || filter.difficulty !== undefined);
    this.changed.fire(undefined);
  }

  /** A human line for the view's description: "topic: graph · hard". */
  describeFilter(): string | undefined {
    const parts = [this.filter.topic, this.filter.difficulty].filter((p): p is string => p !== undefined);
    return parts.length === 0 ? undefined : parts.join(' · ');
  }

  refresh(): void {
    this.all = undefined;
    this.changed.fire(undefined);
  }

  async sessions(): Promise<SessionSummary[]> {
    this.all ??= await this.library.summaries();
    return this.all;
  }

  async getChildren(element?: SessionSummary): Promise<SessionSummary[]> {
    if (element !== undefined) return [];
    try {
      return filterHistory(await this.sessions(), this.filter);
    } catch (error) {
      this.onError(error);
      return [];
    }
  }

  getTreeItem(s: SessionSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.None);
    item.id = s.sessionId;
    item.description = `${localDate(s.startedAt)} · ${outcomeWords(s)} · ${formatClock(s.activeMs)}`;
    item.tooltip = new vscode.MarkdownString(
      [
        `**${s.title}** (${s.difficulty}) — ${s.topics.join(', ')}`,
        `${localDate(s.startedAt)}, ${formatClock(s.activeMs)} active: ${outcomeWords(s)}`,
        s.keyCoverage === null ? '' : `Key questions asked: ${Math.round(s.keyCoverage * 100)} %`,
      ]
        .filter((line) => line !== '')
        .join('\n\n'),
    );
    item.iconPath = new vscode.ThemeIcon(s.solved ? 'pass' : 'circle-slash', new vscode.ThemeColor(s.solved ? 'testing.iconPassed' : 'testing.iconFailed'));
    item.contextValue = SESSION_CONTEXT_VALUE;
    item.command = { command: Commands.openDebrief, title: vscode.l10n.t('Open Debrief'), arguments: [s.sessionId] };
    item.accessibilityInformation = { label: `${s.title}, ${localDate(s.startedAt)}, ${outcomeWords(s)}, ${formatClock(s.activeMs)} active` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
