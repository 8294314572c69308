/**
 * The Study Plan view: the whole study list in its order, topic by topic with how many are solved, so a
 * candidate sees where they stand on the 150 and starts the next one with a click. Problems the bank does
 * not have yet stay in place, greyed and inert, marked "coming soon", instead of silently missing.
 */
import * as vscode from 'vscode';
import { Commands } from '../ids';
import type { ProblemBankService } from '../problemBank';
import { PROGRESS_ICON } from './problemTree';
import type { ProblemProgressCache } from './problemStatus';
import { listProgress, studyPlan } from './studyPlan';
import type { PlanEntry, PlanSection, StudySection } from './studyPlan';
import { sectionName, solvedOf } from './studyWords';

/** Resource URIs of "coming soon" rows, so the decoration below can grey their labels. */
const COMING_SOON_SCHEME = 'onsite-coming-soon';

type Node = { kind: 'section'; section: PlanSection; expanded: boolean } | { kind: 'entry'; entry: PlanEntry };

function sectionId(section: StudySection): string {
  return section === 'extra' ? 'extra' : section.id;
}

const COMPLETE_ICON = new vscode.ThemeIcon('check-all', new vscode.ThemeColor('testing.iconPassed'));
const COMING_SOON_ICON = new vscode.ThemeIcon('clock', new vscode.ThemeColor('disabledForeground'));

export class StudyPlanTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly drawn = new vscode.EventEmitter<{ solved: number; total: number }>();
  /** The list's overall progress, each time the plan is drawn. */
  readonly onDidDrawPlan = this.drawn.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly bank: ProblemBankService,
    private readonly progress: ProblemProgressCache,
  ) {
    bank.onDidChange(() => { this.changed.fire(undefined); }, null, this.disposables);
    this.disposables.push(
      vscode.window.registerFileDecorationProvider({
        provideFileDecoration: (uri) => (uri.scheme === COMING_SOON_SCHEME ? new vscode.FileDecoration(undefined, undefined, new vscode.ThemeColor('disabledForeground')) : undefined),
      }),
    );
  }

  /** Progress changed (a session ended; the cache was told): redraw. */
  refreshProgress(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node === undefined) {
      const plan = studyPlan((await this.bank.bank()).problems, this.progress.current());
      this.drawn.fire(listProgress(plan));
      // Open the first topic with something left to solve: where the candidate picks up.
      const current = plan.find((s) => s.section !== 'extra' && s.entries.some((e) => e.kind === 'available' && e.progress !== 'solved'));
      return plan.map((section) => ({ kind: 'section', section, expanded: section === current }));
    }
    return node.kind === 'section' ? node.section.entries.map((entry) => ({ kind: 'entry', entry })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.kind === 'section' ? this.sectionItem(node.section, node.expanded) : this.entryItem(node.entry);
  }

  private sectionItem(section: PlanSection, expanded: boolean): vscode.TreeItem {
    const name = sectionName(section.section);
    const item = new vscode.TreeItem(name, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    const progressLine = solvedOf(section.solved, section.total);
    item.id = `plan:${sectionId(section.section)}`;
    item.description = progressLine;
    if (section.total > 0 && section.solved === section.total) item.iconPath = COMPLETE_ICON;
    item.accessibilityInformation = { label: `${name}, ${progressLine}` };
    item.contextValue = 'studyTopic';
    return item;
  }

  private entryItem(entry: PlanEntry): vscode.TreeItem {
    if (entry.kind === 'comingSoon') {
      const { id, title, difficulty } = entry.planned;
      const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
      const soon = vscode.l10n.t('coming soon');
      item.id = `plan:problem:${id}`;
      item.description = `${difficulty} · ${soon}`;
      item.iconPath = COMING_SOON_ICON;
      item.resourceUri = vscode.Uri.from({ scheme: COMING_SOON_SCHEME, path: `/${id}` });
      item.tooltip = vscode.l10n.t('{0} is on the study list but not in the problem bank yet; a later version of Onsite adds it.', title);
      item.accessibilityInformation = { label: `${title}, ${difficulty}, ${soon}` };
      item.contextValue = 'comingSoon';
      return item;
    }
    const meta = entry.problem.meta;
    const item = new vscode.TreeItem(meta.title, vscode.TreeItemCollapsibleState.None);
    const progressText = { untried: vscode.l10n.t('Not tried yet'), attempted: vscode.l10n.t('Attempted'), solved: vscode.l10n.t('Solved') }[entry.progress];
    item.id = `plan:problem:${meta.id}`;
    item.description = meta.difficulty;
    item.iconPath = PROGRESS_ICON[entry.progress];
    item.tooltip = new vscode.MarkdownString(`**${meta.title}** (${meta.difficulty})\n\n\`${meta.signature}\`\n\n${progressText}`);
    item.accessibilityInformation = { label: `${meta.title}, ${meta.difficulty}, ${progressText}` };
    item.contextValue = 'problem';
    item.command = { command: Commands.startProblem, title: vscode.l10n.t('Start This Problem'), arguments: [meta.id] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.drawn.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
