/**
 * Hand-written session logs for tests, in a few lines:
 *
 *   const events = new LogBuilder({ problemId: 'two-sum' })
 *     .after(40_000).question('Can the input be empty?', 'empty-input', 'No.')
 *     .after(20_000).toPhase('plan').after(90_000).submit('accepted').build();
 *
 * Events are built directly, not through the engine, so a test can state exactly what happened and
 * when (including shapes the engine would refuse, for testing readers).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Difficulty, Phase, Outcome, SelfReviewDimension, SessionPhase } from '../../src/vocabulary/interview';
import type { Verdict } from '../../src/vocabulary/verdicts';
import { EVENT_FORMAT_VERSION, type EventPayload, type Language, type Mode, type PlanSnapshot, type RunTestSummary, type SessionEvent } from '../../src/core/events';
import type { ScalingPoint } from '../../src/vocabulary/growth';
import { serializeEvent } from '../../src/core/eventLog';
import { replay, type SessionState } from '../../src/core/state';
import { LOG_EXTENSION } from '../../src/core/storage';

export interface LogStart {
  sessionId: string;
  problemId: string;
  title: string;
  difficulty: Difficulty;
  topics: string[];
  language: Language;
  mode: Mode;
  /** Minutes per phase. */
  budgetMinutes: Record<Phase, number>;
  overallLimitMinutes: number;
  /** Wall time of the first event. */
  startAt: number;
}

const DEFAULT_START: LogStart = {
  sessionId: 'test-session',
  problemId: 'two-sum',
  title: 'Two Sum',
  difficulty: 'easy',
  topics: ['array', 'hash-table'],
  language: 'javascript',
  mode: 'practice',
  budgetMinutes: { clarify: 3, plan: 5, code: 12, test: 5 },
  overallLimitMinutes: 25,
  startAt: Date.UTC(2026, 10, 24, 9, 0, 0),
};

export const EMPTY_PLAN: PlanSnapshot = {
  approach: '', dataStructures: '', timeComplexity: '', spaceComplexity: '', edgeCases: '', alternative: '', tradeoff: '',
};

export type TestSpec = Partial<RunTestSummary> & Pick<RunTestSummary, 'verdict'>;

export class LogBuilder {
  private readonly events: SessionEvent[] = [];
  private t = 0;
  private at: number;
  private phase: SessionPhase = 'clarify';

  constructor(start: Partial<LogStart> = {}) {
    const s = { ...DEFAULT_START, ...start };
    this.at = s.startAt;
    const ms = (m: number): number => Math.round(m * 60_000);
    this.add({
      type: 'session_started',
      sessionId: s.sessionId,
      problemId: s.problemId,
      title: s.title,
      difficulty: s.difficulty,
      topics: [...s.topics],
      language: s.language,
      mode: s.mode,
      budgets: { clarify: ms(s.budgetMinutes.clarify), plan: ms(s.budgetMinutes.plan), code: ms(s.budgetMinutes.code), test: ms(s.budgetMinutes.test) },
      overallLimitMs: ms(s.overallLimitMinutes),
    });
  }

  /** Active time passes (and wall time with it). */
  after(ms: number): this {
    this.t += ms;
    this.at += ms;
    return this;
  }

  /** Wall time passes without active time: a pause, a sleep, the editor closed. */
  wallGap(ms: number): this {
    this.at += ms;
    return this;
  }

  /** The seq the next event gets: what a later event (an ask-back choice) refers to. */
  get nextSeq(): number {
    return this.events.length;
  }

  add(payload: EventPayload): this {
    this.events.push({ ...payload, v: EVENT_FORMAT_VERSION, seq: this.events.length, at: this.at, t: this.t });
    if (payload.type === 'phase_changed') this.phase = payload.to;
    return this;
  }

  question(text: string, clarificationId: string | null = null, answer = 'Make a reasonable assumption and state it.'): this {
    return this.add({ type: 'question_asked', text, clarificationId, answer });
  }

  noQuestions(): this {
    return this.add({ type: 'no_questions' });
  }

  assume(text: string, id = `a${this.events.length}`): this {
    return this.add({ type: 'assumption_set', id, text });
  }

  plan(fields: Partial<PlanSnapshot>): this {
    return this.add({ type: 'plan_updated', plan: { ...EMPTY_PLAN, ...fields } });
  }

  note(text: string): this {
    return this.add({ type: 'note_added', text });
  }

  /** Moves forward or back to `to`, from wherever the log is. */
  toPhase(to: SessionPhase, overridden: string[] = []): this {
    const order: SessionPhase[] = ['clarify', 'plan', 'code', 'test', 'done'];
    const direction = order.indexOf(to) < order.indexOf(this.phase) ? 'back' : 'forward';
    return this.add({ type: 'phase_changed', from: this.phase, to, direction, overridden });
  }

  edits(added: number, removed = 0, bursts = 1): this {
    return this.add({ type: 'edit_summary', added, removed, bursts });
  }

  /** A Run of these tests; `planned` more than ran means the judge stopped it early (fail-fast). */
  run(tests: TestSpec[], planned = tests.length): this {
    const full = tests.map((test, i) => fillTest(test, i));
    const passed = full.filter((x) => x.verdict === 'accepted').length;
    return this.add({ type: 'run_completed', verdict: overall(full), passed, total: Math.max(planned, full.length), tests: full });
  }

  customTest(id: string, args: string, expected: string | null = null): this {
    return this.add({ type: 'custom_test_saved', id, args, expected });
  }

  hint(index: number, text = `hint ${index + 1}`): this {
    return this.add({ type: 'hint_revealed', index, text });
  }

  pause(): this {
    return this.add({ type: 'paused', reason: 'user' });
  }

  resume(): this {
    return this.add({ type: 'resumed' });
  }

  breakOf(gapMs: number): this {
    return this.wallGap(gapMs).add({ type: 'break_detected', gapMs });
  }

  focus(focused: boolean): this {
    return this.add({ type: 'focus_changed', focused });
  }

  idle(durationMs: number): this {
    return this.add({ type: 'idle', durationMs });
  }

  /** submitted, the move to done and session_ended, as the engine writes them. */
  submit(verdictOrTests: Verdict | TestSpec[] = 'accepted', overridden: string[] = []): this {
    const tests = typeof verdictOrTests === 'string'
      ? [fillTest({ verdict: verdictOrTests, source: 'hidden' }, 0)]
      : verdictOrTests.map((test, i) => fillTest({ source: 'hidden', ...test }, i));
    const verdict = overall(tests);
    const passed = tests.filter((x) => x.verdict === 'accepted').length;
    this.add({ type: 'submitted', verdict, passed, total: tests.length, tests });
    return this.finish(verdict === 'accepted' ? 'accepted' : 'rejected', overridden);
  }

  giveUp(): this {
    return this.add({ type: 'gave_up' }).finish('gave_up', []);
  }

  expire(): this {
    return this.add({ type: 'time_expired' }).finish('expired', []);
  }

  followUp(question: string, answer: string): this {
    return this.add({ type: 'followup_answered', question, answer });
  }

  selfReview(scores: Partial<Record<SelfReviewDimension, number>> = {}, notes = ''): this {
    const full = { problem_solving: 3, communication: 3, code_quality: 3, testing: 3, time_management: 3, ...scores };
    return this.add({ type: 'self_review', scores: full, notes });
  }

  scaling(points: ScalingPoint[], growth: string): this {
    return this.add({ type: 'scaling_measured', points, growth });
  }

  mutants(caught: string[], missed: string[]): this {
    return this.add({ type: 'mutants_measured', caught, missed });
  }

  build(): SessionEvent[] {
    return this.events.map((e) => structuredClone(e));
  }

  state(): SessionState {
    return replay(this.events);
  }

  /** Writes the log as `<dir>/<sessionId>.jsonl` and returns the path. */
  writeTo(dir: string): string {
    const first = this.events[0];
    const id = first?.type === 'session_started' ? first.sessionId : 'test-session';
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, id + LOG_EXTENSION);
    fs.writeFileSync(file, this.events.map(serializeEvent).join(''));
    return file;
  }

  private finish(outcome: Outcome, overridden: string[]): this {
    return this.toPhase('done', overridden).add({ type: 'session_ended', outcome });
  }
}

function fillTest(test: TestSpec, index: number): RunTestSummary {
  const source = test.source ?? 'visible';
  return { id: test.id ?? `${source}-${index + 1}`, label: test.label ?? `test ${index + 1}`, source, verdict: test.verdict, timeMs: test.timeMs ?? 1 };
}

function overall(tests: RunTestSummary[]): Verdict {
  return tests.find((x) => x.verdict !== 'accepted')?.verdict ?? 'accepted';
}
