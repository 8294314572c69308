/**
 * A live interview. Every action becomes an event: it is appended to the log first and then applied to
 * the state with the same fold that replay uses, so the live state is, by construction, the replay of
 * what is on disk. Actions that the rules forbid return a refusal instead of throwing, because the UI
 * forwards whatever the user clicked.
 */
import type { Phase, Outcome, SelfReviewDimension } from '../vocabulary/interview';
import type { JudgeReport } from '../vocabulary/verdicts';
import { ActiveTimer, DEFAULT_TIMER_OPTIONS } from './activeTimer';
import { budgetAlerts, budgetsToMs, resolveBudgetMinutes, totalMs, type BudgetAlert, type TimeSnapshot } from './budgets';
import { systemClock, type Clock } from './clock';
import { allCriteria, type PhaseCriteria } from './criteria';
import { EVENT_FORMAT_VERSION, type EventPayload, type PlanSnapshot, type QuestionReply, type SessionEvent } from './events';
import type { ScalingPoint } from '../vocabulary/growth';
import { runTestsOf, runTestsWithDetailsOf } from './runRecord';
import { SessionRecorder } from './sessionRecorder';
import { initialState, phaseTimesAt, type SessionState } from './state';
import { newSessionId } from './storage';
import type { SessionLogWriter } from './storage';
import type { ActionResult, SessionDeps, SessionListener, StartOptions, TickReport } from './sessionContract';
import { checkTransition, nextPhase, previousPhase, type TransitionCheck } from './transitions';


export class InterviewSession {
  private readonly recorder: SessionRecorder;
  private lastSnapshot: TimeSnapshot;
  private readonly hintsAllowed: boolean;
  private readonly liveInStore: { dispose(): void };

  private constructor(
    state: SessionState,
    private readonly writer: SessionLogWriter,
    clock: Clock,
    private readonly timer: ActiveTimer,
    deps: SessionDeps,
  ) {
    this.recorder = new SessionRecorder(state, writer, clock, timer, deps.idleThresholdMs ?? 120_000);
    this.hintsAllowed = state.mode === 'practice' || deps.hintsInStrictMode === true;
    const active = timer.activeMs();
    this.lastSnapshot = { activeMs: active, phaseTimesMs: phaseTimesAt(state, active) };
    this.liveInStore = deps.store.attachLive(state.sessionId, (payload) => this.recorder.record(payload).ok);
  }

  /** Starts a new session and writes its first event. */
  static start(options: StartOptions, deps: SessionDeps): InterviewSession {
    const clock = deps.clock ?? systemClock;
    const minutes = resolveBudgetMinutes(options.problem.difficulty, options.budgetSettings, options.problem.budgets);
    const budgets = budgetsToMs(minutes);
    const overall = options.overallLimitMinutes;
    const overallLimitMs = overall !== undefined && Number.isFinite(overall) && overall > 0 ? Math.round(overall * 60_000) : totalMs(budgets);
    const sessionId = newSessionId(options.problem.id, clock.wall());
    const writer = deps.store.create(sessionId);
    const first: SessionEvent = {
      v: EVENT_FORMAT_VERSION,
      seq: 0,
      at: clock.wall(),
      t: 0,
      type: 'session_started',
      sessionId,
      problemId: options.problem.id,
      title: options.problem.title,
      difficulty: options.problem.difficulty,
      topics: [...options.problem.topics],
      language: options.language,
      mode: options.mode,
      budgets,
      overallLimitMs,
    };
    try {
      writer.append(first);
    } catch (error) {
      writer.close();
      throw error;
    }
    const timer = new ActiveTimer(clock, 0, true, { ...DEFAULT_TIMER_OPTIONS, ...deps.timer });
    return new InterviewSession(initialState(first), writer, clock, timer, deps);
  }

  /**
   * Continues a session from its log. The time the log was left alone is a break, not work; a session
   * the editor paused on closing carries on running, one the user paused stays paused.
   */
  static resume(sessionId: string, deps: SessionDeps): InterviewSession {
    const clock = deps.clock ?? systemClock;
    const read = deps.store.read(sessionId);
    if (!read.ok) throw new Error(`Cannot resume ${read.corrupt.file}: ${read.corrupt.reason}`);
    const state = read.log.state;
    const writer = deps.store.reopen(sessionId);
    const running = !state.paused && state.phase !== 'done';
    const timerOptions = { ...DEFAULT_TIMER_OPTIONS, ...deps.timer };
    const timer = new ActiveTimer(clock, state.lastT, running, timerOptions);
    const session = new InterviewSession(state, writer, clock, timer, deps);
    if (state.phase !== 'done') {
      const gap = clock.wall() - state.lastAt;
      if (gap > timerOptions.breakThresholdMs) session.recorder.append({ type: 'break_detected', gapMs: gap });
      if (state.paused && state.pauseReason === 'closed') session.resume();
    }
    return session;
  }

  private get current(): SessionState {
    return this.recorder.state;
  }

  get id(): string {
    return this.current.sessionId;
  }

  get state(): SessionState {
    return this.current;
  }

  get logFile(): string {
    return this.writer.file;
  }

  get isClosed(): boolean {
    return !this.writer.isOpen;
  }

  activeMs(): number {
    return this.recorder.activeMs();
  }

  phaseTimesMs(): Record<Phase, number> {
    return phaseTimesAt(this.current, this.activeMs());
  }

  criteria(): PhaseCriteria[] {
    return allCriteria(this.current);
  }

  onDidRecord(listener: SessionListener): { dispose(): void } {
    this.recorder.listeners.add(listener);
    return { dispose: () => this.recorder.listeners.delete(listener) };
  }

  // ── Phases ─────────────────────────────────────────────────────────

  /** Whether the next phase may be entered now, and what is missing. */
  checkAdvance(): TransitionCheck {
    const to = nextPhase(this.current.phase);
    if (to === null) return { allowed: false, refusal: { id: 'submit_to_finish' }, unmet: [] };
    return checkTransition(this.current, to);
  }

  /** Moves to the next phase; in practice mode unmet criteria need `override` and are recorded. */
  advance(options: { override?: boolean } = {}): ActionResult {
    return this.move(this.checkAdvance(), options.override === true);
  }

  goBack(): ActionResult {
    const to = previousPhase(this.current.phase);
    if (to === null) return { ok: false, refusal: { id: this.current.phase === 'done' ? 'interview_ended' : 'no_earlier_phase' } };
    return this.move(checkTransition(this.current, to), false);
  }

  private move(check: TransitionCheck, override: boolean): ActionResult {
    if (this.isClosed) return { ok: false, refusal: { id: 'session_closed' } };
    if (!check.allowed) return { ok: false, refusal: check.refusal, unmet: check.unmet };
    if (check.needsOverride && !override) {
      return { ok: false, refusal: { id: 'confirm_move_on' }, unmet: check.unmet };
    }
    this.recorder.append({ type: 'phase_changed', from: check.from, to: check.to, direction: check.direction, overridden: check.unmet.map((c) => c.id) });
    return { ok: true };
  }

  // ── Clarify and plan ───────────────────────────────────────────────

  /** Records a question and the interviewer's reply; `reply` marks small talk or an ask-back offering `choices`. */
  askQuestion(text: string, clarificationId: string | null, answer: string, how: { reply?: QuestionReply; choices?: string[] } = {}): ActionResult {
    if (text.trim() === '') return { ok: false, refusal: { id: 'question_empty' } };
    if (how.reply === 'ask_back' && (how.choices ?? []).length === 0) return { ok: false, refusal: { id: 'ask_back_needs_choice' } };
    const extra = how.reply === undefined ? {} : how.reply === 'ask_back' ? { reply: how.reply, choices: [...(how.choices ?? [])] } : { reply: how.reply };
    return this.recorder.act({ type: 'question_asked', text, clarificationId, answer, ...extra });
  }

  /** The candidate's answer to an ask-back: one of the offered clarifications, or null for "Neither". */
  chooseClarification(questionSeq: number, clarificationId: string | null, answer: string): ActionResult {
    const asked = this.current.questions.find((q) => q.seq === questionSeq);
    if (asked?.reply !== 'ask_back') return { ok: false, refusal: { id: 'not_asked_back' } };
    if (asked.chosen) return { ok: false, refusal: { id: 'already_settled' } };
    if (clarificationId !== null && !asked.choices.includes(clarificationId)) return { ok: false, refusal: { id: 'not_a_choice', clarificationId } };
    return this.recorder.act({ type: 'clarification_chosen', questionSeq, clarificationId, answer });
  }

  declareNoQuestions(): ActionResult {
    return this.recorder.act({ type: 'no_questions' });
  }

  /** Adds an assumption (no id) or rewrites one; returns its id. */
  setAssumption(text: string, id?: string): ActionResult & { id?: string } {
    if (text.trim() === '') return { ok: false, refusal: { id: 'assumption_empty' } };
    if (id !== undefined && !this.current.assumptions.some((a) => a.id === id)) return { ok: false, refusal: { id: 'no_assumption', assumptionId: id } };
    const assumptionId = id ?? `a${this.current.lastSeq + 1}`;
    const result = this.recorder.act({ type: 'assumption_set', id: assumptionId, text });
    return result.ok ? { ok: true, id: assumptionId } : result;
  }

  removeAssumption(id: string): ActionResult {
    if (!this.current.assumptions.some((a) => a.id === id)) return { ok: false, refusal: { id: 'no_assumption', assumptionId: id } };
    return this.recorder.act({ type: 'assumption_removed', id });
  }

  updatePlan(plan: PlanSnapshot): ActionResult {
    return this.recorder.act({ type: 'plan_updated', plan: { ...plan } });
  }

  addNote(text: string): ActionResult {
    if (text.trim() === '') return { ok: false, refusal: { id: 'note_empty' } };
    return this.recorder.act({ type: 'note_added', text });
  }

  // ── Code and test ──────────────────────────────────────────────────

  openSolution(path: string): ActionResult {
    return this.recorder.act({ type: 'solution_opened', path });
  }

  /** Called on every document change of the solution file; summarised into edit_summary events. */
  noteEdit(added: number, removed: number): void {
    if (this.isClosed || this.current.phase === 'done') return;
    this.recorder.noticeActivity();
    this.recorder.edits.note(added, removed, this.activeMs());
  }

  /** Any interaction that is not otherwise recorded (cursor moves, scrolling) ends an idle stretch. */
  noteActivity(): void {
    if (this.isClosed || this.current.phase === 'done') return;
    this.recorder.noticeActivity();
  }

  recordRun(report: JudgeReport): ActionResult {
    if (this.current.phase !== 'code' && this.current.phase !== 'test') {
      return { ok: false, refusal: { id: 'runs_in_code_and_test' } };
    }
    return this.recorder.act({ type: 'run_completed', verdict: report.verdict, passed: report.passed, total: report.total, tests: runTestsWithDetailsOf(report) });
  }

  saveCustomTest(id: string, args: string, expected: string | null): ActionResult {
    if (id.trim() === '') return { ok: false, refusal: { id: 'custom_test_needs_id' } };
    return this.recorder.act({ type: 'custom_test_saved', id, args, expected });
  }

  removeCustomTest(id: string): ActionResult {
    if (!this.current.customTests.some((c) => c.id === id)) return { ok: false, refusal: { id: 'no_custom_test', testId: id } };
    return this.recorder.act({ type: 'custom_test_removed', id });
  }

  get hintsAvailable(): boolean {
    return this.hintsAllowed;
  }

  revealHint(index: number, text: string): ActionResult {
    if (!this.hintsAllowed) return { ok: false, refusal: { id: 'hints_off_in_strict' } };
    if (!Number.isInteger(index) || index < 0) return { ok: false, refusal: { id: 'invalid_hint_index' } };
    return this.recorder.act({ type: 'hint_revealed', index, text });
  }

  // ── Time ───────────────────────────────────────────────────────────

  pause(): ActionResult {
    if (this.current.mode === 'strict') return { ok: false, refusal: { id: 'no_pause_in_strict' } };
    if (this.current.paused) return { ok: false, refusal: { id: 'already_paused' } };
    return this.recorder.act({ type: 'paused', reason: 'user' });
  }

  resume(): ActionResult {
    if (!this.current.paused) return { ok: false, refusal: { id: 'not_paused' } };
    return this.recorder.act({ type: 'resumed' });
  }

  focusChanged(focused: boolean): ActionResult {
    if (this.current.focused === focused) return { ok: true };
    return this.recorder.act({ type: 'focus_changed', focused });
  }

  /**
   * Called by the UI every second. Notices breaks, flushes a finished window of typing, ends the
   * session when the overall limit runs out, and reports thresholds crossed since the last tick.
   */
  tick(): TickReport {
    let breakMs = 0;
    let expired = false;
    if (!this.isClosed && this.current.phase !== 'done') {
      breakMs = this.timer.observe(true);
      if (breakMs > 0) this.recorder.append({ type: 'break_detected', gapMs: Math.round(breakMs) }, false);
      const active = this.activeMs();
      if (this.recorder.edits.due(active)) this.recorder.flushEdits();
      if (active >= this.current.overallLimitMs) {
        this.end({ type: 'time_expired' }, 'expired', []);
        expired = true;
      }
      this.writer.syncIfDue();
    }
    const activeMs = this.activeMs();
    const snapshot: TimeSnapshot = { activeMs, phaseTimesMs: phaseTimesAt(this.current, activeMs) };
    const alerts = evaluateBudgets(this.current, this.lastSnapshot, snapshot);
    this.lastSnapshot = snapshot;
    return { activeMs, phaseTimesMs: snapshot.phaseTimesMs, alerts, expired, breakMs };
  }

  // ── Ending ─────────────────────────────────────────────────────────

  checkSubmit(): TransitionCheck {
    return checkTransition(this.current, 'done');
  }

  /** Records the hidden-test verdict and ends the session; check `checkSubmit` before running the judge. */
  submit(report: JudgeReport, options: { override?: boolean } = {}): ActionResult {
    if (this.isClosed) return { ok: false, refusal: { id: 'session_closed' } };
    const check = this.checkSubmit();
    if (!check.allowed) return { ok: false, refusal: check.refusal, unmet: check.unmet };
    if (check.needsOverride && options.override !== true) {
      return { ok: false, refusal: { id: 'confirm_submit' }, unmet: check.unmet };
    }
    const outcome: Outcome = report.verdict === 'accepted' ? 'accepted' : 'rejected';
    this.end(
      { type: 'submitted', verdict: report.verdict, passed: report.passed, total: report.total, tests: runTestsOf(report), ...(report.efficiency ? { efficiency: report.efficiency } : {}) },
      outcome,
      check.unmet.map((c) => c.id),
    );
    return { ok: true };
  }

  giveUp(): ActionResult {
    if (this.isClosed) return { ok: false, refusal: { id: 'session_closed' } };
    if (this.current.phase === 'done') return { ok: false, refusal: { id: 'interview_ended' } };
    this.end({ type: 'gave_up' }, 'gave_up', []);
    return { ok: true };
  }

  private end(cause: EventPayload, outcome: Outcome, overridden: string[]): void {
    const from = this.current.phase;
    if (from === 'done') return;
    this.recorder.append(cause);
    this.recorder.append({ type: 'phase_changed', from, to: 'done', direction: 'forward', overridden });
    this.recorder.append({ type: 'session_ended', outcome });
    this.timer.pause();
  }

  // ── After the end: the debrief's own measurements and answers ─────

  answerFollowUp(question: string, answer: string): ActionResult {
    return this.recorder.record({ type: 'followup_answered', question, answer });
  }

  selfReview(scores: Record<SelfReviewDimension, number>, notes: string): ActionResult {
    return this.recorder.record({ type: 'self_review', scores: { ...scores }, notes });
  }

  recordScaling(points: ScalingPoint[], growth: string): ActionResult {
    return this.recorder.record({ type: 'scaling_measured', points: points.map((p) => ({ ...p })), growth });
  }

  recordMutants(caught: string[], missed: string[]): ActionResult {
    return this.recorder.record({ type: 'mutants_measured', caught: [...caught], missed: [...missed] });
  }

  /** Releases the log. A running session is paused first so reopening continues at this moment. */
  close(): void {
    if (this.isClosed) return;
    if (this.current.phase !== 'done') {
      this.recorder.flushEdits();
      if (!this.current.paused) this.recorder.append({ type: 'paused', reason: 'closed' });
    }
    this.writer.close();
    this.liveInStore.dispose();
    this.recorder.listeners.clear();
  }
}

/** The pure core of `tick`: thresholds crossed between two snapshots of this session's time. */
export function evaluateBudgets(state: SessionState, before: TimeSnapshot, after: TimeSnapshot): BudgetAlert[] {
  return budgetAlerts(state.budgets, state.overallLimitMs, before, after);
}
