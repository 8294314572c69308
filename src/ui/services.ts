/**
 * What the commands and views share: storage, the problem bank, the judge and the interview controller.
 * Each heavy part is created on first use, and its code (./features) is loaded then too, so activating
 * the extension evaluates only the small modules that register commands and views.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SessionStore } from '../core/storage';
import type { Judge } from '../judge/judge';
import { currentSettings, onDidChangeSettings } from './config';
import { registerDeferredDebriefAndHistory } from './debrief/deferredHistory';
import type { DebriefService } from './debrief/service';
import { ProblemProgressCache } from './explorer/problemStatus';
import { featuresLoadMs, loadFeatures } from './lazyFeatures';
import { ProblemTree } from './explorer/problemTree';
import { StudyPlanTree } from './explorer/studyPlanTree';
import { ContextKeys, Views } from './ids';
import type { InterviewController } from './interview/controller';
import { CustomTestStore } from './interview/customTests';
import { openInterviewPanelEarly } from './interview/earlyPanel';
import { OpenPanelRecord } from './interview/openPanelRecord';
import { OnsiteLog } from './log';
import { ProblemBankService } from './problemBank';
import { InterviewStatusBar } from './statusBar';

export class OnsiteServices implements vscode.Disposable {
  readonly log = new OnsiteLog();
  readonly store: SessionStore;
  readonly bank: ProblemBankService;
  readonly storageDir: string;
  private readonly customTests: CustomTestStore;
  private readonly statusBar = new InterviewStatusBar();
  private judgeInstance: Judge | undefined;
  private controller: InterviewController | undefined;
  /** Per workspace when one is open, so each window reopens its own panel. */
  private readonly openPanel: OpenPanelRecord;
  private tree: ProblemTree | undefined;
  private studyPlan: StudyPlanTree | undefined;
  /** Solved and attempted problems from the session logs, shared by the explorer and the Study Plan. */
  private readonly progress: ProblemProgressCache;
  private readonly disposables: vscode.Disposable[] = [];
  /** Called when a start command runs, before any picker shows. */
  onInterviewStarting: () => void = () => undefined;
  /** The debrief panel and History view (src/ui/debrief/register.ts), which the interview hands sessions to. */
  readonly debrief: DebriefService;

  /** When activation began, for the log that traces how long a reload takes to bring the panel back. */
  private readonly activatedAt = Date.now();

  constructor(readonly context: vscode.ExtensionContext) {
    this.storageDir = context.globalStorageUri.fsPath;
    this.store = new SessionStore(path.join(this.storageDir, 'sessions'));
    this.progress = new ProblemProgressCache(() => {
      const scan = this.store.scan();
      return [...scan.finished, ...scan.inProgress].map((l) => l.state);
    });
    this.customTests = new CustomTestStore(path.join(this.storageDir, 'custom-tests'));
    this.openPanel = new OpenPanelRecord(path.join((context.storageUri ?? context.globalStorageUri).fsPath, 'interview-panel.json'));
    const settings = currentSettings();
    this.bank = new ProblemBankService(vscode.Uri.joinPath(context.extensionUri, 'problems').fsPath, settings.problemFolders);
    this.debrief = registerDeferredDebriefAndHistory(context, {
      store: this.store,
      problems: async () => (await this.bank.bank()).problems.map((p) => p.meta),
      log: this.log,
    });
    onDidChangeSettings((next, affects) => {
      if (affects('problemFolders')) this.bank.setUserFolders(next.problemFolders);
      if (affects('timeLimitFactor') && this.judgeInstance !== undefined) {
        // The factor is fixed per judge; the next Run builds a judge with the new one.
        void this.judgeInstance.dispose();
        this.judgeInstance = undefined;
      }
      if (affects('explorer.groupBy')) {
        this.tree?.setGroupBy(next.explorerGroupBy);
        void vscode.commands.executeCommand('setContext', ContextKeys.groupBy, next.explorerGroupBy);
      }
    }, this.disposables);
  }

  private judge(JudgeClass: typeof Judge): Judge {
    this.judgeInstance ??= new JudgeClass({
      workerScript: vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'worker.js').fsPath,
      timeLimitFactor: currentSettings().timeLimitFactor,
      log: (message) => { this.log.info(`[judge] ${message}`); },
    });
    return this.judgeInstance;
  }

  async interview(): Promise<InterviewController> {
    const features = await loadFeatures();
    if (this.controller === undefined) this.log.info(`Interview code loaded ${Date.now() - this.activatedAt} ms after activation began (evaluating it took ${(await featuresLoadMs())?.toFixed(0) ?? '?'} ms).`);
    this.controller ??= new features.InterviewController({
      extensionUri: this.context.extensionUri,
      storageDir: this.storageDir,
      store: this.store,
      customTests: this.customTests,
      openPanel: this.openPanel,
      bank: this.bank,
      statusBar: this.statusBar,
      log: this.log,
      activatedAt: this.activatedAt,
      judge: () => this.judge(features.Judge),
      debrief: this.debrief,
      sessionEnded: () => {
        this.refreshProgress();
        void vscode.commands.executeCommand('setContext', ContextKeys.hasUnfinished, this.store.scan().inProgress.length > 0);
        this.debrief.historyChanged();
      },
    });
    return this.controller;
  }

  /**
   * Reopens the panel a reload closed; the interview's code is loaded only when a panel was open, and
   * the panel opens before that code is evaluated.
   */
  async restoreInterviewAfterReload(): Promise<void> {
    if (this.openPanel.recall() === undefined) return;
    const early = openInterviewPanelEarly(this.context.extensionUri);
    let interview: InterviewController;
    try {
      interview = await this.interview();
    } catch (error) {
      early?.dispose();
      throw error;
    }
    await interview.restoreAfterReload(early);
  }

  /** The problem explorer's data, created when VS Code first shows the view; `onFirstShown` runs once it is seen. */
  registerExplorer(onFirstShown: () => void = () => undefined): vscode.Disposable {
    this.tree = new ProblemTree(this.bank, this.progress, currentSettings().explorerGroupBy);
    const view = vscode.window.createTreeView(Views.problems, { treeDataProvider: this.tree, showCollapseAll: true });
    if (view.visible) {
      onFirstShown();
      return vscode.Disposable.from(view, this.tree);
    }
    const listener = view.onDidChangeVisibility((e) => {
      if (!e.visible) return;
      listener.dispose();
      onFirstShown();
    });
    return vscode.Disposable.from(view, this.tree, listener);
  }

  /**
   * The Study Plan view. Its tree reads the bank and the logs only when VS Code asks for rows, that is
   * once the view is shown, so registering it at activation costs a tree view object.
   */
  registerStudyPlan(): vscode.Disposable {
    const tree = new StudyPlanTree(this.bank, this.progress);
    const view = vscode.window.createTreeView(Views.studyPlan, { treeDataProvider: tree, showCollapseAll: true });
    // The view's own line says where the candidate stands on the whole list: "12 of 150 solved".
    const describe = tree.onDidDrawPlan(({ solved, total }) => { view.description = vscode.l10n.t('{0} of {1} solved', solved, total); });
    this.studyPlan = tree;
    return vscode.Disposable.from(describe, view, tree);
  }

  /** A session ended or the person asked: re-read the logs when the views next draw. */
  refreshProgress(): void {
    this.progress.forget();
    this.tree?.refreshProgress();
    this.studyPlan?.refreshProgress();
  }

  dispose(): void {
    this.controller?.dispose();
    void this.judgeInstance?.dispose();
    this.statusBar.dispose();
    this.bank.dispose();
    this.log.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
