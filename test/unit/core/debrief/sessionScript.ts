/**
 * A small script language for hand-written session logs: `.at('04:25').phase('code')` reads like the
 * timeline it produces, so each test's right answer can be checked by eye.
 */
import { loadProblem } from '../../../../src/problems/loader';
import type { Difficulty, ProblemMeta } from '../../../../src/problems/types';
import type { Outcome, PlanSnapshot, RunTestSummary, SessionEvent, SessionPhase, EventPayload } from '../../../../src/core/events';
import type { Verdict } from '../../../../src/judge/verdicts';
import { join } from 'node:path';

export const START_AT = Date.UTC(2026, 10, 20, 19, 2);

export function ms(clock: string): number {
  const [m, s] = clock.split(':').map(Number);
  return ((m ?? 0) * 60 + (s ?? 0)) * 1000;
}

export function test(label: string, verdict: Verdict = 'accepted', source: RunTestSummary['source'] = 'hidden'): RunTestSummary {
  return { id: `${source}-${label}`, label, source, verdict, timeMs: 3 };
}

export const NO_PLAN: PlanSnapshot = {
  approach: '',
  dataStructures: '',
  timeComplexity: '',
  spaceComplexity: '',
  edgeCases: '',
  alternative: '',
  tradeoff: '',
};

export class SessionScript {
  private readonly log: SessionEvent[] = [];
  private t = 0;
  /** Wall time runs ahead of active time by every pause and break. */
  private wallOffset = 0;
  private phase: SessionPhase = 'clarify';

  constructor(
    options: { problemId?: string; title?: string; sessionId?: string; startAt?: number; limitMinutes?: number; difficulty?: Difficulty; topics?: string[] } = {},
  ) {
    this.wallOffset = options.startAt ?? START_AT;
    this.push({
      type: 'session_started',
      sessionId: options.sessionId ?? 's-1',
      problemId: options.problemId ?? 'climbing-stairs',
      title: options.title ?? 'Climbing Stairs',
      difficulty: options.difficulty ?? 'easy',
      topics: options.topics ?? ['dynamic-programming'],
      language: 'javascript',
      mode: 'practice',
      budgets: { clarify: ms('03:00'), plan: ms('05:00'), code: ms('12:00'), test: ms('05:00') },
      overallLimitMs: ms(`${options.limitMinutes ?? 25}:00`),
    });
  }

  private push(payload: EventPayload): this {
    this.log.push({ v: 1, seq: this.log.length, at: this.wallOffset + this.t, t: this.t, ...payload });
    return this;
  }

  at(clock: string): this {
    this.t = ms(clock);
    return this;
  }

  to(phase: SessionPhase, direction: 'forward' | 'back' = 'forward'): this {
    const from = this.phase;
    this.phase = phase;
    return this.push({ type: 'phase_changed', from, to: phase, direction, overridden: [] });
  }

  ask(text: string, clarificationId: string | null, answer = 'answered'): this {
    return this.push({ type: 'question_asked', text, clarificationId, answer });
  }

  plan(approach: string, timeComplexity = '', spaceComplexity = ''): this {
    return this.push({ type: 'plan_updated', plan: { ...NO_PLAN, approach, timeComplexity, spaceComplexity } });
  }

  note(text: string): this {
    return this.push({ type: 'note_added', text });
  }

  edit(added = 10): this {
    return this.push({ type: 'edit_summary', added, removed: 0, bursts: 1 });
  }

  run(...tests: RunTestSummary[]): this {
    const passed = tests.filter((x) => x.verdict === 'accepted').length;
    const verdict = tests.find((x) => x.verdict !== 'accepted')?.verdict ?? 'accepted';
    return this.push({ type: 'run_completed', verdict, passed, total: tests.length, tests });
  }

  submit(...tests: RunTestSummary[]): this {
    const passed = tests.filter((x) => x.verdict === 'accepted').length;
    const verdict = tests.find((x) => x.verdict !== 'accepted')?.verdict ?? 'accepted';
    return this.push({ type: 'submitted', verdict, passed, total: tests.length, tests });
  }

  customTest(id: string, args: string, expected: string | null = null): this {
    return this.push({ type: 'custom_test_saved', id, args, expected });
  }

  hint(index: number, text = `hint ${index + 1}`): this {
    return this.push({ type: 'hint_revealed', index, text });
  }

  pause(wallMs: number): this {
    this.push({ type: 'paused' });
    this.wallOffset += wallMs;
    return this.push({ type: 'resumed' });
  }

  awayFor(gapMs: number): this {
    this.wallOffset += gapMs;
    return this.push({ type: 'break_detected', gapMs });
  }

  followUp(question: string, answer: string): this {
    return this.push({ type: 'followup_answered', question, answer });
  }

  scaling(points: { size: number; timeMs: number }[], growth: string): this {
    return this.push({ type: 'scaling_measured', points, growth });
  }

  mutants(caught: string[], missed: string[]): this {
    return this.push({ type: 'mutants_measured', caught, missed });
  }

  selfReview(scores: [number, number, number, number, number], notes = ''): this {
    const [problem_solving, communication, code_quality, testing, time_management] = scores;
    return this.push({ type: 'self_review', scores: { problem_solving, communication, code_quality, testing, time_management }, notes });
  }

  giveUp(): this {
    return this.push({ type: 'gave_up' });
  }

  expire(): this {
    return this.push({ type: 'time_expired' });
  }

  /** As the engine ends a session: into the done phase, then the outcome. */
  end(outcome: Outcome): this {
    this.to('done');
    return this.push({ type: 'session_ended', outcome });
  }

  events(): SessionEvent[] {
    return [...this.log];
  }
}

export function script(options?: ConstructorParameters<typeof SessionScript>[0]): SessionScript {
  return new SessionScript(options);
}

/** The real bundled problem the hand-written logs are about. */
export async function climbingStairs(): Promise<ProblemMeta> {
  const loaded = await loadProblem(join(__dirname, '../../../../problems/climbing-stairs'), 'bundled');
  if (!loaded.ok) throw new Error(`climbing-stairs did not load: ${JSON.stringify(loaded.broken.issues)}`);
  return loaded.problem.meta;
}
