/**
 * The problem explorer: problems grouped by difficulty or by the study list's topics (in the list's order,
 * problems off the list under Extra), each with its progress and best time, plus the folders that failed
 * to load, each with its reasons.
 */
import * as vscode from 'vscode';
import { DIFFICULTIES } from '../../vocabulary/interview';
import type { BrokenProblem, Problem } from '../../problems/types';
import type { ProblemBank } from '../../problems/loader';
import { Commands } from '../ids';
import type { ProblemBankService } from '../problemBank';
import { recordOf } from './problemStatus';
import type { ProblemProgressCache, ProblemRecord } from './problemStatus';
import { groupByStudyTopic } from './studyPlan';
import { sectionName } from './studyWords';

type GroupBy = 'difficulty' | 'topic';

type Node =
  | { kind: 'group'; label: string; problems: Problem[] }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'brokenGroup'; broken: BrokenProblem[] }
  | { kind: 'broken'; broken: BrokenProblem }
  | { kind: 'issue'; text: string };

function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${(s % 60).toString().padStart(2, '0')}`;
}

export const PROGRESS_ICON: Record<ProblemRecord['progress'], vscode.ThemeIcon> = {
  untried: new vscode.ThemeIcon('circle-large-outline'),
  attempted: new vscode.ThemeIcon('circle-large-filled', new vscode.ThemeColor('charts.yellow')),
  solved: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
};

export class ProblemTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly bank: ProblemBankService,
    private readonly progress: ProblemProgressCache,
    private groupBy: GroupBy,
  ) {
    bank.onDidChange(() => { this.changed.fire(undefined); }, null, this.disposables);
  }

  setGroupBy(groupBy: GroupBy): void {
    if (groupBy === this.groupBy) return;
    this.groupBy = groupBy;
    this.changed.fire(undefined);
  }

  /** Progress changed (a session ended; the cache was told): redraw. */
  refreshProgress(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node === undefined) return this.roots(await this.bank.bank());
    switch (node.kind) {
      case 'group':
        return node.problems.map((problem) => ({ kind: 'problem', problem }));
      case 'brokenGroup':
        return node.broken.map((broken) => ({ kind: 'broken', broken }));
      case 'broken':
        return node.broken.issues.map((issue) => ({ kind: 'issue', text: `${issue.file}: ${issue.field}: ${issue.reason}` }));
      default:
        return [];
    }
  }

  private roots(bank: ProblemBank): Node[] {
    const groups: Node[] = [];
    if (this.groupBy === 'difficulty') {
      for (const difficulty of DIFFICULTIES) {
        const problems = bank.problems.filter((p) => p.meta.difficulty === difficulty);
        if (problems.length > 0) groups.push({ kind: 'group', label: `${difficulty.charAt(0).toUpperCase()}${difficulty.slice(1)}`, problems });
      }
    } else {
      for (const group of groupByStudyTopic(bank.problems)) groups.push({ kind: 'group', label: sectionName(group.section), problems: group.problems });
    }
    if (bank.broken.length > 0) groups.push({ kind: 'brokenGroup', broken: bank.broken });
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        const solved = node.problems.filter((p) => recordOf(this.progress.current(), p.meta.id).progress === 'solved').length;
        item.description = vscode.l10n.t('{0}/{1} solved', solved, node.problems.length);
        item.contextValue = 'group';
        return item;
      }
      case 'problem': {
        const meta = node.problem.meta;
        const record = recordOf(this.progress.current(), meta.id);
        const item = new vscode.TreeItem(meta.title, vscode.TreeItemCollapsibleState.None);
        const parts = [this.groupBy === 'topic' ? meta.difficulty : meta.topics.join(', ')];
        if (record.bestMs !== null) parts.push(vscode.l10n.t('best {0}', minutes(record.bestMs)));
        if (node.problem.origin === 'user') parts.push(vscode.l10n.t('yours'));
        item.description = parts.join(' · ');
        item.iconPath = PROGRESS_ICON[record.progress];
        const progressText = { untried: vscode.l10n.t('Not tried yet'), attempted: vscode.l10n.t('Attempted'), solved: vscode.l10n.t('Solved') }[record.progress];
        item.tooltip = new vscode.MarkdownString(`**${meta.title}** (${meta.difficulty})\n\n\`${meta.signature}\`\n\n${progressText}${record.attempts > 0 ? ` · ${vscode.l10n.t('{0} attempt(s)', record.attempts)}` : ''}`);
        item.accessibilityInformation = { label: `${meta.title}, ${meta.difficulty}, ${progressText}` };
        item.contextValue = 'problem';
        item.id = `problem:${meta.id}`;
        item.command = { command: Commands.startProblem, title: vscode.l10n.t('Start This Problem'), arguments: [meta.id] };
        return item;
      }
      case 'brokenGroup': {
        const item = new vscode.TreeItem(vscode.l10n.t('Could not load'), vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.description = String(node.broken.length);
        return item;
      }
      case 'broken': {
        const item = new vscode.TreeItem(node.broken.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
        item.description = node.broken.dir;
        item.tooltip = node.broken.issues.map((i) => `${i.file}: ${i.field}: ${i.reason}`).join('\n');
        item.resourceUri = vscode.Uri.file(node.broken.dir);
        return item;
      }
      case 'issue': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.text;
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
