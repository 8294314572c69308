/**
 * The interview in the editor: owns the current room, its panel, the once-a-second tick, the status bar
 * and the context keys that show or hide commands, and carries out what needs VS Code (files, judge,
 * debugger, confirmations) on behalf of the message handler.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { InterviewSession } from '../../core/session';
import type { SessionStore } from '../../core/storage';
import type { Language } from '../../core/events';
import type { InputCheck } from '../../judge/inputCheck';
import type { Judge } from '../../judge/judge';
import type { Problem } from '../../problems/types';
import { currentSettings } from '../config';
import { Commands, ContextKeys } from '../ids';
import type { OnsiteLog } from '../log';
import type { ProblemBankService } from '../problemBank';
import type { InterviewStatusBar } from '../statusBar';
import { announceBudgetAlert } from './budgetNotifier';
import { setRoomContext, showRoomStatus } from './roomStatus';
import type { CustomTestStore } from './customTests';
import type { OpenPanelRecord } from './openPanelRecord';
import { measureForDebrief } from './debriefMeasures';
import { runSolution, SolutionDiagnostics, submitSolution } from './judging';
import { readSolution } from './solutionFile';
import { WebviewMessageHandler } from './messageHandler';
import type { InterviewEffects } from './messageHandler';
import { InterviewPanel } from './panel';
import type { PanelEvents } from './panel';
import { InterviewRoom } from './room';
import { ensureSolutionFile, showSolution, solutionFileName, solutionFolder } from './solutionFile';
import { renderStatement } from './statement';
import { buildView } from './view';
import { debugOneTest } from './debugTest';

export interface InterviewDeps {
  extensionUri: vscode.Uri;
  storageDir: string;
  store: SessionStore;
  customTests: CustomTestStore;
  /** The session the panel shows, kept on disk so the panel comes back after a window reload. */
  openPanel: OpenPanelRecord;
  bank: ProblemBankService;
  statusBar: InterviewStatusBar;
  log: OnsiteLog;
  judge(): Judge;
  /** Opens the debrief for a finished session (the debrief helper's panel). */
  openDebrief(sessionId: string): Promise<void>;
  /** A session ended: progress in the explorer and history changed. */
  sessionEnded(sessionId: string): void;
}

interface Current {
  room: InterviewRoom;
  statementHtml: string;
  disposables: { dispose(): void }[];
}

/** How often the full view is re-sent while the clock runs; the webview counts seconds in between. */
const VIEW_RESYNC_MS = 5_000;

export class InterviewController implements InterviewEffects, PanelEvents, vscode.Disposable {
  private current: Current | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private lastViewSent = 0;
  /** The judge warms up once the panel has drawn, so its start does not compete with the first render. */
  private pendingWarmUp: Language | undefined;
  private reopening = false;
  private keepRecordOnDispose = false;
  /** For the log after a reload: when the extension activated, until the reopened panel first shows the interview. */
  private reopenedSince: number | undefined = Date.now();
  private readonly handler: WebviewMessageHandler;
  private readonly diagnostics = new SolutionDiagnostics();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: InterviewDeps) {
    this.handler = new WebviewMessageHandler(() => this.current?.room, this, deps.log);
    vscode.window.onDidChangeWindowState((e) => { this.current?.room.session.focusChanged(e.focused); }, null, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => { this.noteEdit(e); }, null, this.disposables);
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (this.isSolution(e.textEditor.document)) this.current?.room.session.noteActivity();
    }, null, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((e) => {
      void vscode.commands.executeCommand('setContext', ContextKeys.solutionOpen, e !== undefined && this.isSolution(e.document));
    }, null, this.disposables);
    void this.setContext();
  }

  get room(): InterviewRoom | undefined {
    return this.current?.room;
  }

  // ── Starting, resuming, closing ───────────────────────────────────

  start(problem: Problem, language: Language): void {
    this.reopenedSince = undefined;
    const settings = currentSettings();
    this.closeCurrent();
    this.deps.store.ensureDir();
    const session = InterviewSession.start(
      {
        problem: { id: problem.meta.id, title: problem.meta.title, difficulty: problem.meta.difficulty, topics: problem.meta.topics, ...(problem.meta.budgets ? { budgets: problem.meta.budgets } : {}) },
        language,
        mode: settings.mode,
        budgetSettings: settings.budgets,
      },
      { store: this.deps.store, idleThresholdMs: settings.idleThresholdSeconds * 1000, hintsInStrictMode: settings.hintsInStrictMode },
    );
    this.adopt(new InterviewRoom(session, problem, this.deps.customTests, { validateInput: this.validateInput }));
    this.deps.log.info(`Started ${session.id} (${problem.meta.id}, ${language}, ${settings.mode}).`);
    this.show(false);
    this.postFocus('question');
    this.warmJudgeAfterFirstView(language);
  }

  /** Custom tests are checked against the constraints in the judge's sandbox, off the host's thread. */
  private readonly validateInput = async (problem: Problem, args: unknown[]): Promise<InputCheck> => {
    const [check] = await this.deps.judge().validateInputs(problem, [JSON.stringify(args)]);
    if (check?.status === 'unchecked') this.deps.log.warn(`Custom test saved unchecked: ${check.reason}`);
    return check ?? { status: 'unchecked', reason: 'no result' };
  };

  /**
   * The judge worker takes a moment to start and the candidate will need it within minutes, but not
   * before the panel shows: loading QuickJS on a busy 2-core machine delayed the restored panel.
   */
  private warmJudgeAfterFirstView(language: Language): void {
    this.pendingWarmUp = language;
    if (InterviewPanel.active === undefined && !this.reopening) this.warmPendingJudge();
  }

  private warmPendingJudge(): void {
    const language = this.pendingWarmUp;
    if (language === undefined) return;
    this.pendingWarmUp = undefined;
    void this.deps.judge().warm({ typescript: language === 'typescript', python: language === 'python' }).catch((error: unknown) => { this.deps.log.error('Judge warm-up failed', error); });
  }

  async resume(sessionId: string): Promise<boolean> {
    const started = Date.now();
    const read = this.deps.store.read(sessionId);
    if (!read.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot resume this interview: {0}', read.corrupt.reason));
      return false;
    }
    const problem = await this.deps.bank.findToResume(read.log.state.problemId);
    if (problem === undefined) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The problem "{0}" is no longer available, so the interview cannot resume.', read.log.state.problemId));
      return false;
    }
    if (this.current?.room.session.id === sessionId) return true;
    this.closeCurrent();
    const settings = currentSettings();
    const session = InterviewSession.resume(sessionId, { store: this.deps.store, idleThresholdMs: settings.idleThresholdSeconds * 1000, hintsInStrictMode: settings.hintsInStrictMode });
    this.adopt(new InterviewRoom(session, problem, this.deps.customTests, { earlierEvents: read.log.events, validateInput: this.validateInput }));
    this.deps.log.info(`Resumed ${sessionId} in ${Date.now() - started} ms.`);
    if (session.state.phase !== 'done') this.warmJudgeAfterFirstView(session.state.language);
    return true;
  }

  /** The most recent unfinished session, for Resume and for restoring the panel after a reload. */
  latestUnfinished(): string | undefined {
    return this.deps.store.scan().inProgress[0]?.sessionId;
  }

  private adopt(room: InterviewRoom): void {
    const disposables: { dispose(): void }[] = [];
    this.current = { room, statementHtml: renderStatement(room.problem.statement), disposables };
    const changed = room.onDidChange(() => { this.refresh(); });
    const recorded = room.session.onDidRecord((event) => {
      if (event.type === 'phase_changed' && event.to === 'code') void this.openSolutionFile(room);
      if (event.type === 'session_ended') {
        this.deps.sessionEnded(room.session.id);
        this.postFocus('followUp');
      }
      // The follow-up comes before the debrief, as an interviewer's last question would.
      if (event.type === 'followup_answered') void this.deps.openDebrief(room.session.id);
    });
    disposables.push(changed, recorded);
    this.ticker ??= setInterval(() => { this.tick(); }, 1000);
    this.refresh();
  }

  private closeCurrent(): void {
    const current = this.current;
    if (current === undefined) return;
    this.current = undefined;
    for (const d of current.disposables) d.dispose();
    current.room.dispose();
    current.room.session.close();
    this.diagnostics.clear();
  }

  // ── The panel ─────────────────────────────────────────────────────

  show(preserveFocus: boolean): void {
    InterviewPanel.createOrShow(this.deps.extensionUri, this, preserveFocus);
    this.sendView();
  }

  /** VS Code restored the panel after a reload: reconnect it to the session it showed, or the latest unfinished one. */
  async revive(panel: vscode.WebviewPanel): Promise<void> {
    InterviewPanel.revive(panel, this.deps.extensionUri, this);
    if (this.current === undefined) {
      const sessionId = this.recallOpenPanel() ?? this.latestUnfinished();
      try {
        if (sessionId !== undefined) await this.resume(sessionId);
      } catch (error) {
        // Most often the session is open in another window, which holds its log.
        this.deps.log.error(`Could not resume ${sessionId ?? ''}`, error);
        void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
      }
    }
    this.sendView();
  }

  /**
   * After a window reload the workbench may not bring the panel back (code-server often loses its
   * editor layout), and then nothing activated the extension until the candidate went looking for
   * Resume. At startup, reopen the panel the candidate had open, beside whatever the workbench restored.
   */
  async restoreAfterReload(): Promise<void> {
    if (this.current !== undefined || InterviewPanel.active !== undefined) return;
    const sessionId = this.recallOpenPanel();
    if (sessionId === undefined) return;
    if (InterviewPanel.tabRestored()) {
      // VS Code revives that tab through the serializer, but only once other extensions have activated
      // (seconds on a busy machine): have the session ready for it by then, and open no second panel.
      this.reopening = true;
      await this.resume(sessionId).catch((error: unknown) => { this.deps.log.warn(`Did not reopen ${sessionId}: ${String(error)}`); });
      this.reopening = false;
      return;
    }
    // The webview loads while the session and its problem are read.
    this.reopening = true;
    const panel = InterviewPanel.createOrShow(this.deps.extensionUri, this, true);
    let resumed = false;
    let openElsewhere = false;
    try {
      resumed = await this.resume(sessionId);
    } catch (error) {
      // Open in another window (its lock is live): that window shows it; this one stays quiet.
      openElsewhere = true;
      this.deps.log.warn(`Did not reopen the interview panel for ${sessionId}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.reopening = false;
    }
    if (resumed) {
      this.sendView();
      return;
    }
    this.keepRecordOnDispose = true;
    panel.dispose();
    this.keepRecordOnDispose = false;
    // resume() said why it cannot (the problem is gone): do not try again at every start.
    if (!openElsewhere) this.rememberPanel(undefined);
  }

  private recallOpenPanel(): string | undefined {
    const sessionId = this.deps.openPanel.recall();
    return sessionId !== undefined && this.deps.store.read(sessionId).ok ? sessionId : undefined;
  }

  onMessage(message: unknown): void {
    void this.handler.handle(message);
  }

  onDidDispose(): void {
    // Closing the panel is not giving up: the session keeps its log and the status bar brings it back.
    // A window reload does not dispose the panel, so this is the candidate closing it: keep it closed.
    if (!this.keepRecordOnDispose) this.rememberPanel(undefined);
  }

  private rememberPanel(sessionId: string | undefined): void {
    try {
      if (sessionId === undefined) this.deps.openPanel.forget();
      else this.deps.openPanel.remember(sessionId);
    } catch (error) {
      this.deps.log.error('Could not record which interview the panel shows', error);
    }
  }

  onDidBecomeVisible(): void {
    this.sendView();
  }

  private refresh(): void {
    this.sendView();
    void this.setContext();
  }

  private sendView(): void {
    const panel = InterviewPanel.active;
    const current = this.current;
    this.updateStatusBar();
    if (panel === undefined) return;
    if (current === undefined) {
      // While a reload's interview is being reopened the panel keeps saying it is loading.
      if (this.reopening) return;
      panel.post({ kind: 'empty', reason: vscode.l10n.t('No interview is running. Start one from the Onsite view or the command palette.') });
      return;
    }
    const state = current.room.session.state;
    this.rememberPanel(state.sessionId);
    panel.setTitle(vscode.l10n.t('Interview: {0}', state.title));
    panel.post({ kind: 'view', view: buildView(current.room, current.statementHtml, currentSettings().hintsInStrictMode) });
    this.lastViewSent = Date.now();
    if (panel.isReady) {
      if (this.reopenedSince !== undefined) this.deps.log.info(`The reopened interview panel showed the interview ${Date.now() - this.reopenedSince} ms after activation.`);
      this.reopenedSince = undefined;
      this.warmPendingJudge();
    }
  }

  private postFocus(target: 'question' | 'plan' | 'tests' | 'notes' | 'followUp'): void {
    InterviewPanel.active?.post({ kind: 'focus', target });
  }

  notify(level: 'info' | 'error', text: string): void {
    InterviewPanel.active?.post({ kind: 'notice', level, text });
  }

  ready(): void {
    this.sendView();
  }

  // ── The clock ─────────────────────────────────────────────────────

  private tick(): void {
    const current = this.current;
    if (current === undefined) {
      this.stopTicker();
      return;
    }
    const session = current.room.session;
    if (session.state.phase === 'done' || session.isClosed) {
      this.updateStatusBar();
      return;
    }
    try {
      const report = session.tick();
      const notify = currentSettings().budgetNotifications;
      for (const alert of report.alerts) announceBudgetAlert(alert, notify);
      if (report.expired) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Time is up. The interview has ended; open the debrief to see how it went.'));
      }
      if (report.alerts.length > 0 || report.expired || report.breakMs > 0 || Date.now() - this.lastViewSent >= VIEW_RESYNC_MS) this.sendView();
      else this.updateStatusBar();
    } catch (error) {
      this.deps.log.error('Clock tick failed', error);
    }
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private updateStatusBar(): void {
    showRoomStatus(this.deps.statusBar, this.current?.room);
  }

  private async setContext(): Promise<void> {
    await setRoomContext(this.current?.room);
  }

  // ── Editor activity ───────────────────────────────────────────────

  private isSolution(document: vscode.TextDocument): boolean {
    const file = this.current?.room.session.state.solutionPath;
    return file !== undefined && file !== null && document.uri.fsPath === file;
  }

  private noteEdit(event: vscode.TextDocumentChangeEvent): void {
    if (!this.isSolution(event.document)) return;
    let added = 0;
    let removed = 0;
    for (const change of event.contentChanges) {
      added += change.text.length;
      removed += change.rangeLength;
    }
    if (added > 0 || removed > 0) this.current?.room.session.noteEdit(added, removed);
  }

  // ── Effects the message handler and the commands ask for ───────────

  private async openSolutionFile(room: InterviewRoom): Promise<void> {
    const state = room.session.state;
    let file = state.solutionPath;
    if (file === null) {
      const folder = solutionFolder(currentSettings().solutionFolder, this.deps.storageDir);
      file = path.join(folder, solutionFileName(room.problem, state.sessionId, state.language));
      ensureSolutionFile(file, room.problem, state.language);
      room.session.openSolution(file);
    } else {
      ensureSolutionFile(file, room.problem, state.language);
    }
    await showSolution(file, InterviewPanel.active?.viewColumn);
    void vscode.commands.executeCommand('setContext', ContextKeys.solutionOpen, true);
  }

  async openSolution(room: InterviewRoom): Promise<void> {
    await this.openSolutionFile(room);
  }

  async run(room: InterviewRoom): Promise<void> {
    const report = await runSolution(room, this.deps.judge(), this.diagnostics);
    if (report !== undefined) this.notify(report.verdict === 'accepted' ? 'info' : 'error', vscode.l10n.t('Run: {0} of {1} passed.', report.passed, report.total));
  }

  async submit(room: InterviewRoom): Promise<void> {
    const report = await submitSolution(room, this.deps.judge(), this.diagnostics);
    if (report === undefined || room.session.state.phase !== 'done') return;
    const open = vscode.l10n.t('Open Debrief');
    const text = vscode.l10n.t('Submitted: {0} of {1} tests passed.', report.passed, report.total);
    void vscode.window.showInformationMessage(text, open).then((choice) => {
      if (choice === open) void this.deps.openDebrief(room.session.id);
    });
    if (room.followUpQuestion === null) await this.deps.openDebrief(room.session.id);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Onsite: measuring scaling and test strength for the debrief') },
      async () => {
        const file = room.session.state.solutionPath;
        if (file !== null) await measureForDebrief(room, this.deps.judge(), await readSolution(file));
      },
    ).then(
      () => vscode.commands.executeCommand('onsite.history.refresh'),
      (error: unknown) => { this.deps.log.error('Debrief measurements failed', error); },
    );
  }

  async debugTest(room: InterviewRoom, testId: string): Promise<void> {
    // Not marked busy: a debug session runs in Node beside the judge and may stay open for minutes.
    await debugOneTest(room, testId, this.deps.storageDir, this.deps.judge());
  }

  async nextPhase(room: InterviewRoom): Promise<void> {
    const check = room.session.checkAdvance();
    if (!check.allowed) {
      this.notify('error', check.reason);
      void vscode.window.showWarningMessage(check.reason);
      return;
    }
    if (check.needsOverride) {
      const moveOn = vscode.l10n.t('Move on anyway');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('Before moving on, an interviewer expects: {0}.', check.unmet.map((c) => c.label).join('; ')),
        moveOn,
      );
      if (choice !== moveOn) return;
    }
    const result = room.session.advance({ override: check.needsOverride });
    if (!result.ok) this.notify('error', result.reason);
    else this.postFocus(room.session.state.phase === 'plan' ? 'plan' : room.session.state.phase === 'test' ? 'tests' : 'notes');
  }

  async giveUp(room: InterviewRoom): Promise<void> {
    const giveUp = vscode.l10n.t('Give up');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Give up on "{0}"? The debrief will still show what you did.', room.problem.meta.title), giveUp);
    if (choice !== giveUp) return;
    const result = room.session.giveUp();
    if (!result.ok) this.notify('error', result.reason);
    else await this.deps.openDebrief(room.session.id);
  }

  async openDebrief(room: InterviewRoom): Promise<void> {
    await this.deps.openDebrief(room.session.id);
  }

  // ── Commands from the palette act on the current room ─────────────

  /** Runs an effect for the palette, after the same phase check the webview's messages get. */
  async command(kind: 'run' | 'submit' | 'nextPhase' | 'giveUp' | 'togglePause' | 'revealHint' | 'debugTest'): Promise<void> {
    const room = this.current?.room;
    if (room === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No interview is running.'), vscode.l10n.t('Start Interview…')).then((choice) => {
        if (choice !== undefined) void vscode.commands.executeCommand(Commands.startInterview);
      });
      return;
    }
    if (kind === 'debugTest') {
      const choices = [
        ...room.problem.tests.visible.map((t, i) => ({ label: t.label, description: vscode.l10n.t('example'), id: `visible-${i + 1}` })),
        ...room.savedTests.map((t) => ({ label: t.label, description: vscode.l10n.t('your test'), id: t.id })),
      ];
      const pick = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Debug which test? (runs in Node, outside the sandbox)') });
      if (pick === undefined) return;
      await this.handler.handle({ kind: 'debugTest', testId: pick.id });
      return;
    }
    await this.handler.handle({ kind });
  }

  dispose(): void {
    this.stopTicker();
    this.closeCurrent();
    this.diagnostics.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
