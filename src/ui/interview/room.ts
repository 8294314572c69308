/**
 * One interview as the UI sees it: the core session plus what only the UI needs — the clarification
 * bank that answers questions, the candidate's saved tests, the last run's full results, and the
 * follow-up question. No `vscode` here, so the message handler and its fuzz test drive the real thing.
 */
import * as l10n from '@vscode/l10n';
import type { InterviewSession } from '../../core/session';
import type { ActionResult } from '../../core/sessionContract';
import type { PlanSnapshot, SessionEvent } from '../../core/events';
import type { SessionPhase } from '../../vocabulary/interview';
import type { InputCheck } from '../../judge/inputCheck';
import type { JudgeReport } from '../../vocabulary/verdicts';
import { lastReportsIn } from '../../core/runRecord';
import type { Problem } from '../../problems/types';
import { Interviewer, NEUTRAL_ANSWER } from '../../core/interviewer/interviewer';
import { checkCustomArgs, testParams } from './customTests';
import type { CustomTest, CustomTestStore } from './customTests';

export { NEUTRAL_ANSWER };

export interface TimedNote {
  t: number;
  phase: SessionPhase;
  text: string;
}

export type Busy = 'run' | 'submit' | 'debug';

/** Asks the problem's validator.js (in the judge's sandbox) whether one input is within the constraints. */
export type InputValidator = (problem: Problem, args: unknown[]) => Promise<InputCheck>;

export interface RoomOptions {
  /** Events already in the log when the room opens (a resumed session), for the timestamped notes. */
  earlierEvents?: readonly SessionEvent[];
  /** Without one, custom tests are saved unchecked. */
  validateInput?: InputValidator;
}

export class InterviewRoom {
  private readonly interviewer: Interviewer;
  private customTests: CustomTest[];
  private readonly timedNotes: TimedNote[] = [];
  private readonly changeListeners = new Set<() => void>();
  private readonly subscription: { dispose(): void };
  lastRun: JudgeReport | null = null;
  lastSubmit: JudgeReport | null = null;
  busy: Busy | null = null;
  private nextCustomId: number;

  constructor(
    readonly session: InterviewSession,
    readonly problem: Problem,
    private readonly tests: CustomTestStore,
    private readonly options: RoomOptions = {},
  ) {
    this.interviewer = Interviewer.forProblem(problem.meta);
    this.customTests = tests.load(problem.meta.id);
    this.nextCustomId = this.customTests.length + 1;
    let phase: SessionPhase = 'clarify';
    for (const event of options.earlierEvents ?? []) {
      if (event.type === 'phase_changed') phase = event.to;
      if (event.type === 'note_added') this.timedNotes.push({ t: event.t, phase, text: event.text });
    }
    // After a reload the panel shows the last Run and Submit again, as the log recorded them.
    ({ lastRun: this.lastRun, lastSubmit: this.lastSubmit } = lastReportsIn(options.earlierEvents ?? [], problem.meta.id));
    this.subscription = session.onDidRecord((event, state) => {
      if (event.type === 'note_added') this.timedNotes.push({ t: event.t, phase: state.phase, text: event.text });
      this.changed();
    });
  }

  get notes(): readonly TimedNote[] {
    return this.timedNotes;
  }

  get savedTests(): readonly CustomTest[] {
    return this.customTests;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.changeListeners.add(listener);
    return { dispose: () => this.changeListeners.delete(listener) };
  }

  /** For changes the session does not record itself (busy, results, saved tests). */
  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  get ended(): boolean {
    return this.session.state.phase === 'done';
  }

  // ── Clarify ────────────────────────────────────────────────────────

  askQuestion(text: string): ActionResult {
    const question = text.trim();
    if (question === '') return { ok: false, refusal: { id: 'worded', text: 'The question is empty.' } };
    const reply = this.interviewer.reply(question);
    switch (reply.kind) {
      case 'answer':
        return this.session.askQuestion(question, reply.clarification.id, reply.text);
      case 'neutral':
        return this.session.askQuestion(question, null, reply.text);
      case 'small_talk':
        return this.session.askQuestion(question, null, reply.text, { reply: 'small_talk' });
      case 'ask_back':
        return this.session.askQuestion(question, null, reply.text, { reply: 'ask_back', choices: reply.choices.map((c) => c.id) });
    }
  }

  /** The candidate's pick after "Do you mean…?": answered from the bank, or neutrally for "Neither". */
  chooseClarification(questionSeq: number, clarificationId: string | null): ActionResult {
    if (clarificationId === null) return this.session.chooseClarification(questionSeq, null, NEUTRAL_ANSWER);
    const clarification = this.interviewer.clarification(clarificationId);
    if (clarification === undefined) return { ok: false, refusal: { id: 'worded', text: `No clarification "${clarificationId}".` } };
    return this.session.chooseClarification(questionSeq, clarification.id, clarification.answer);
  }

  // ── Hints and follow-up ────────────────────────────────────────────

  get hintsRemaining(): number {
    return Math.max(0, this.problem.meta.hints.length - this.session.state.hintsRevealed.length);
  }

  revealHint(): ActionResult {
    const index = this.session.state.hintsRevealed.length;
    const text = this.problem.meta.hints[index];
    if (text === undefined) return { ok: false, refusal: { id: 'worded', text: 'There are no more hints.' } };
    return this.session.revealHint(index, text);
  }

  /** The follow-up asked after an accepted submission; the first of the problem's, so it is stable across reloads. */
  get followUpQuestion(): string | null {
    if (this.session.state.outcome !== 'accepted') return null;
    return this.problem.meta.followUps[0]?.question ?? null;
  }

  answerFollowUp(answer: string): ActionResult {
    const question = this.followUpQuestion;
    if (question === null) return { ok: false, refusal: { id: 'worded', text: 'There is no follow-up question now.' } };
    if (this.session.state.followUps.some((f) => f.question === question)) return { ok: false, refusal: { id: 'worded', text: 'The follow-up is already answered.' } };
    const text = answer.trim();
    if (text === '') return { ok: false, refusal: { id: 'worded', text: 'The answer is empty.' } };
    return this.session.answerFollowUp(question, text);
  }

  // ── Plan ───────────────────────────────────────────────────────────

  updatePlan(plan: PlanSnapshot): ActionResult {
    const current = this.session.state.plan;
    // Debounced saves often repeat the last snapshot (focus leaving a field); one event per real change.
    if (current !== null && JSON.stringify(current) === JSON.stringify(plan)) return { ok: true };
    return this.session.updatePlan(plan);
  }

  // ── The candidate's own tests ──────────────────────────────────────

  /**
   * Saves a test the candidate wrote, once it parses, fits the parameter types and, like LeetCode's
   * "invalid testcase", is within the problem's constraints. A refused test changes nothing.
   */
  async saveCustomTest(id: string | null, label: string, args: readonly string[], expected: string | null): Promise<ActionResult> {
    if (this.ended) return { ok: false, refusal: { id: 'worded', text: 'The interview has ended.' } };
    const check = checkCustomArgs(testParams(this.problem), args, expected);
    if (!check.ok) return { ok: false, refusal: { id: 'worded', text: check.reason } };
    if (id !== null && !this.customTests.some((t) => t.id === id)) return { ok: false, refusal: { id: 'worded', text: `No custom test ${id}.` } };
    const validity = await this.options.validateInput?.(this.problem, check.values);
    if (validity?.status === 'invalid') return { ok: false, refusal: { id: 'worded', text: l10n.t('Invalid test case: {0}', validity.constraint) } };
    // The validator ran asynchronously: the interview may have ended or the test been removed meanwhile.
    if (this.session.state.phase === 'done') return { ok: false, refusal: { id: 'worded', text: 'The interview has ended.' } };
    if (id !== null && !this.customTests.some((t) => t.id === id)) return { ok: false, refusal: { id: 'worded', text: `No custom test ${id}.` } };
    const testId = id ?? this.freshId();
    const test: CustomTest = { id: testId, label: label.trim() === '' ? testId : label.trim(), args: args.map((a) => a.trim()), expected: expected?.trim() ?? null };
    const next = id === null ? [...this.customTests, test] : this.customTests.map((t) => (t.id === id ? test : t));
    this.tests.save(this.problem.meta.id, next);
    this.customTests = next;
    const result = this.session.saveCustomTest(testId, `[${test.args.join(',')}]`, test.expected);
    this.changed();
    return result;
  }

  removeCustomTest(id: string): ActionResult {
    if (this.ended) return { ok: false, refusal: { id: 'worded', text: 'The interview has ended.' } };
    if (!this.customTests.some((t) => t.id === id)) return { ok: false, refusal: { id: 'worded', text: `No custom test ${id}.` } };
    const next = this.customTests.filter((t) => t.id !== id);
    this.tests.save(this.problem.meta.id, next);
    this.customTests = next;
    // Tests saved in an earlier session are not in this session's log; only log removals it knows.
    const result = this.session.state.customTests.some((t) => t.id === id) ? this.session.removeCustomTest(id) : { ok: true as const };
    this.changed();
    return result;
  }

  private freshId(): string {
    let id: string;
    do id = `custom-${this.nextCustomId++}`;
    while (this.customTests.some((t) => t.id === id));
    return id;
  }

  setBusy(busy: Busy | null): void {
    this.busy = busy;
    this.changed();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeListeners.clear();
  }
}
