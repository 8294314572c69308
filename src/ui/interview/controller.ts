/**
 * The interview in the editor: owns the current room, its panel, the once-a-second tick, the status bar
 * and the context keys that show or hide commands, and carries out what needs VS Code (files, judge,
 * debugger, confirmations) on behalf of the message handler.
 */
import * as vscode from 'vscode';
import { InterviewSession } from '../../core/session';
import type { SessionStore } from '../../core/storage';
import type { Language } from '../../core/events';
import type { InputCheck } from '../../judge/inputCheck';
import type { Judge } from '../../judge/judge';
import type { Problem } from '../../problems/types';
import type { DebriefService } from '../debrief/service';
import type { WebviewMessage } from '../../webview/protocol';
import { currentSettings } from '../config';
import { Commands } from '../ids';
import type { OnsiteLog } from '../log';
import type { ProblemBankService } from '../problemBank';
import type { InterviewStatusBar } from '../statusBar';
import type { CustomTestStore } from './customTests';
import { EditorActivity } from './editorActivity';
import { RoomEffects } from './effects';
import type { FocusTarget } from './effects';
import { InterviewClock } from './interviewClock';
import { WebviewMessageHandler } from './messageHandler';
import type { OpenPanelRecord } from './openPanelRecord';
import { InterviewPanel } from './panel';
import type { PanelEvents } from './panel';
import { InterviewRoom } from './room';
import { renderStatement } from './statement';
import { buildView } from './view';

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
  /** Date.now() when activation began: the reload's log lines count from there. */
  activatedAt: number;
  judge(): Judge;
  /** Where a finished session's debrief is shown. */
  debrief: DebriefService;
  /** A session ended: progress in the explorer and history changed. */
  sessionEnded(sessionId: string): void;
}

interface Current {
  room: InterviewRoom;
  statementHtml: string;
  disposables: { dispose(): void }[];
}

export class InterviewController implements PanelEvents, vscode.Disposable {
  private current: Current | undefined;
  /** The judge warms up once the panel has drawn, so its start does not compete with the first render. */
  private pendingWarmUp: Language | undefined;
  private reopening = false;
  private reopened: Promise<boolean> | undefined;
  private keepRecordOnDispose = false;
  /** For the log after a reload: when the extension activated, until the reopened panel first shows the interview. */
  private reopenedSince: number | undefined;
  /** The steps of that wait, in ms after activation, for the same log line. */
  private readonly reopenSteps: string[] = [];
  /** The panel's current document has drawn an interview (`shown`): a later session's view needs no wait. */
  private webviewHasDrawn = false;
  private readonly handler: WebviewMessageHandler;
  private readonly effects: RoomEffects;
  private readonly clock: InterviewClock;
  private readonly editorActivity: EditorActivity;

  constructor(private readonly deps: InterviewDeps) {
    const room = (): InterviewRoom | undefined => this.current?.room;
    this.reopenedSince = deps.activatedAt;
    this.effects = new RoomEffects(deps, {
      ready: () => {
        this.reopenStep('webview ready');
        // A new document in the webview: it says `shown` again once it has drawn.
        this.webviewHasDrawn = false;
        this.sendView();
      },
      shown: () => { this.viewShown(); },
      notify: (level, text) => { this.notify(level, text); },
      postFocus: (target) => { this.postFocus(target); },
    });
    this.handler = new WebviewMessageHandler(room, this.effects, deps.log);
    this.clock = new InterviewClock(room, deps.statusBar, deps.log, () => { this.sendView(); });
    this.editorActivity = new EditorActivity(room);
    void this.clock.setContext();
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
   * before the panel has drawn the interview: started as the view was posted, loading QuickJS held the
   * view's delivery to the webview back by 1.0–1.4 s on this 2-core machine (e2e reload trace). The
   * webview says `shown` once it drew the view; with no panel to wait for, the worker starts at once.
   */
  private warmJudgeAfterFirstView(language: Language): void {
    this.pendingWarmUp = language;
    if (InterviewPanel.active === undefined && !this.reopening) this.warmPendingJudge();
  }

  private warmPendingJudge(): void {
    const language = this.pendingWarmUp;
    if (language === undefined) return;
    this.pendingWarmUp = undefined;
    // Then the expected outputs the build did not store, so the first Submit never waits for the reference.
    const problem = this.current?.room.problem;
    const judge = this.deps.judge();
    void judge
      .warm({ typescript: language === 'typescript', python: language === 'python' })
      .then(() => (problem === undefined ? undefined : judge.prepareExpected(problem)))
      .catch((error: unknown) => { this.deps.log.error('Judge warm-up failed', error); });
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
    this.reopenStep('session resumed');
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
      if (event.type === 'phase_changed' && event.to === 'code') void this.effects.openSolutionFile(room);
      if (event.type === 'session_ended') {
        this.deps.sessionEnded(room.session.id);
        this.postFocus('followUp');
      }
      // The follow-up comes before the debrief, as an interviewer's last question would.
      if (event.type === 'followup_answered') void this.deps.debrief.open(room.session.id);
    });
    disposables.push(changed, recorded);
    this.clock.ensureRunning();
    this.refresh();
  }

  private closeCurrent(): void {
    const current = this.current;
    if (current === undefined) return;
    this.current = undefined;
    for (const d of current.disposables) d.dispose();
    current.room.dispose();
    current.room.session.close();
    this.effects.diagnostics.clear();
  }

  // ── The panel ─────────────────────────────────────────────────────

  show(preserveFocus: boolean): void {
    InterviewPanel.createOrShow(this.deps.extensionUri, this, this.deps.log, preserveFocus);
    this.sendView();
  }

  /**
   * VS Code restored the panel after a reload: reconnect it to the session it showed, or the latest
   * unfinished one. Returns at once: the workbench creates the webview's frame only when the serializer
   * returns, so the page loads while the session and its problem are read, not after.
   */
  revive(panel: vscode.WebviewPanel): void {
    this.reopenStep('panel revived');
    InterviewPanel.revive(panel, this.deps.extensionUri, this, this.deps.log);
    const sessionId = this.current === undefined ? (this.recallOpenPanel() ?? this.latestUnfinished()) : undefined;
    if (sessionId !== undefined) {
      void this.reopen(sessionId)
        .catch((error: unknown) => {
          // Most often the session is open in another window, which holds its log.
          this.deps.log.error(`Could not resume ${sessionId}`, error);
          void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
        })
        .finally(() => { this.sendView(); });
    }
    this.sendView();
  }

  /**
   * Resumes the session a reload interrupted. The startup restore and the serializer both ask for it,
   * often at once: they share one resume, so the log and the problem are read once.
   */
  private reopen(sessionId: string): Promise<boolean> {
    this.reopened ??= (async () => {
      this.reopening = true;
      try {
        return await this.resume(sessionId);
      } finally {
        this.reopening = false;
        this.reopened = undefined;
      }
    })();
    return this.reopened;
  }

  /**
   * After a window reload the workbench may not bring the panel back (code-server often loses its
   * editor layout), and then nothing activated the extension until the candidate went looking for
   * Resume. At startup, reopen the panel the candidate had open, beside whatever the workbench restored.
   */
  async restoreAfterReload(early?: vscode.WebviewPanel): Promise<void> {
    const sessionId = this.current !== undefined || InterviewPanel.active !== undefined ? undefined : this.recallOpenPanel();
    if (sessionId === undefined) {
      early?.dispose();
      return;
    }
    // An early panel was opened because no tab was restored; it would count as one here.
    if (early === undefined && InterviewPanel.tabRestored()) {
      // VS Code revives that tab through the serializer once the extension has registered it: start
      // reading the session now, so it is ready or nearly so by then, and open no second panel.
      await this.reopen(sessionId).catch((error: unknown) => { this.deps.log.warn(`Did not reopen ${sessionId}: ${String(error)}`); });
      return;
    }
    // The webview loads while the session and its problem are read.
    this.reopening = true;
    const panel = early === undefined ? InterviewPanel.createOrShow(this.deps.extensionUri, this, this.deps.log, true) : InterviewPanel.revive(early, this.deps.extensionUri, this, this.deps.log);
    let resumed = false;
    let openElsewhere = false;
    try {
      resumed = await this.reopen(sessionId);
    } catch (error) {
      // Open in another window (its lock is live): that window shows it; this one stays quiet.
      openElsewhere = true;
      this.deps.log.warn(`Did not reopen the interview panel for ${sessionId}: ${error instanceof Error ? error.message : String(error)}`);
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

  onMessage(message: WebviewMessage): void {
    void this.handler.handleMessage(message);
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
    void this.clock.setContext();
  }

  private sendView(): void {
    const panel = InterviewPanel.active;
    const current = this.current;
    this.clock.updateStatusBar();
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
    this.clock.viewSent();
    // A session started or resumed in a panel that has already drawn: nothing left to wait for.
    if (panel.isReady && this.webviewHasDrawn) this.warmPendingJudge();
  }

  /** The webview drew the interview: only now does the judge worker start (see warmJudgeAfterFirstView). */
  private viewShown(): void {
    this.webviewHasDrawn = true;
    if (this.reopenedSince !== undefined) {
      const steps = this.reopenSteps.length === 0 ? '' : ` (${this.reopenSteps.map((s) => `${s} ms`).join(', ')})`;
      this.deps.log.info(`The reopened interview panel showed the interview ${Date.now() - this.reopenedSince} ms after activation${steps}.`);
    }
    this.reopenedSince = undefined;
    this.warmPendingJudge();
  }

  private reopenStep(name: string): void {
    if (this.reopenedSince !== undefined && !this.reopenSteps.some((s) => s.startsWith(name))) this.reopenSteps.push(`${name} ${Date.now() - this.reopenedSince}`);
  }

  private postFocus(target: FocusTarget): void {
    InterviewPanel.active?.post({ kind: 'focus', target });
  }

  notify(level: 'info' | 'error', text: string): void {
    InterviewPanel.active?.post({ kind: 'notice', level, text });
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
        ...room.problem.tests.visible.map((_, i) => ({ label: vscode.l10n.t('Example {0}', i + 1), id: `visible-${i + 1}` })),
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
    this.clock.dispose();
    this.closeCurrent();
    this.effects.dispose();
    this.editorActivity.dispose();
  }
}
