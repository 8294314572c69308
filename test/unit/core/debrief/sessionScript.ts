/**
 * The debrief tests' way of writing a log: `.at('04:25').to('code')` reads like the timeline it
 * produces, so each test's right answer can be checked by eye. It is a thin layer over the engine's
 * LogBuilder (test/builders), which builds the events; this only adds clock positions and keeps
 * submits and endings separate so one log can hold several submits.
 */
import { LogBuilder } from '../../../builders/sessionLog';
import type { RunTestSummary, SessionEvent } from '../../../../src/core/events';
import type { Outcome, SessionPhase, Difficulty } from '../../../../src/vocabulary/interview';
import type { ScalingPoint } from '../../../../src/vocabulary/growth';
import type { Verdict } from '../../../../src/vocabulary/verdicts';
import type { ProblemMeta } from '../../../../src/problems/types';
import { bankProblem } from '../../../builders/problems';

export const START_AT = Date.UTC(2026, 10, 20, 19, 2);

export function ms(clock: string): number {
  const [m, s] = clock.split(':').map(Number);
  return ((m ?? 0) * 60 + (s ?? 0)) * 1000;
}

export function test(label: string, verdict: Verdict = 'accepted', source: RunTestSummary['source'] = 'hidden'): RunTestSummary {
  return { id: `${source}-${label}`, label, source, verdict, timeMs: 3 };
}

export interface ScriptOptions {
  problemId?: string;
  title?: string;
  sessionId?: string;
  startAt?: number;
  limitMinutes?: number;
  difficulty?: Difficulty;
  topics?: string[];
}

export class SessionScript {
  private readonly log: LogBuilder;
  private t = 0;

  constructor(options: ScriptOptions = {}) {
    this.log = new LogBuilder({
      sessionId: options.sessionId ?? 's-1',
      problemId: options.problemId ?? 'climbing-stairs',
      title: options.title ?? 'Climbing Stairs',
      difficulty: options.difficulty ?? 'easy',
      topics: options.topics ?? ['dynamic-programming'],
      budgetMinutes: { clarify: 3, plan: 5, code: 12, test: 5 },
      overallLimitMinutes: options.limitMinutes ?? 25,
      startAt: options.startAt ?? START_AT,
    });
  }

  /** Moves the active clock to an absolute mm:ss from the start. */
  at(clock: string): this {
    const target = ms(clock);
    this.log.after(target - this.t);
    this.t = target;
    return this;
  }

  /** Forward or back, as the phase order says (the builder decides the direction). */
  to(phase: SessionPhase): this {
    this.log.toPhase(phase);
    return this;
  }

  ask(text: string, clarificationId: string | null, answer = 'answered'): this {
    this.log.question(text, clarificationId, answer);
    return this;
  }

  plan(approach: string, timeComplexity = '', spaceComplexity = ''): this {
    this.log.plan({ approach, timeComplexity, spaceComplexity });
    return this;
  }

  note(text: string): this {
    this.log.note(text);
    return this;
  }

  edit(added = 10): this {
    this.log.edits(added);
    return this;
  }

  run(...tests: RunTestSummary[]): this {
    this.log.run(tests);
    return this;
  }

  /** Only the submitted event: the session goes on until `end`, so a log can show several submits. */
  submit(...tests: RunTestSummary[]): this {
    const passed = tests.filter((x) => x.verdict === 'accepted').length;
    const verdict = tests.find((x) => x.verdict !== 'accepted')?.verdict ?? 'accepted';
    this.log.add({ type: 'submitted', verdict, passed, total: tests.length, tests });
    return this;
  }

  customTest(id: string, args: string, expected: string | null = null): this {
    this.log.customTest(id, args, expected);
    return this;
  }

  hint(index: number, text = `hint ${index + 1}`): this {
    this.log.hint(index, text);
    return this;
  }

  /** Paused for `wallMs` of wall time, during which the active clock stands still. */
  pause(wallMs: number): this {
    this.log.pause().wallGap(wallMs).resume();
    return this;
  }

  awayFor(gapMs: number): this {
    this.log.breakOf(gapMs);
    return this;
  }

  followUp(question: string, answer: string): this {
    this.log.followUp(question, answer);
    return this;
  }

  scaling(points: ScalingPoint[], growth: string): this {
    this.log.scaling(points, growth);
    return this;
  }

  mutants(caught: string[], missed: string[]): this {
    this.log.mutants(caught, missed);
    return this;
  }

  selfReview(scores: [number, number, number, number, number], notes = ''): this {
    const [problem_solving, communication, code_quality, testing, time_management] = scores;
    this.log.selfReview({ problem_solving, communication, code_quality, testing, time_management }, notes);
    return this;
  }

  giveUp(): this {
    this.log.add({ type: 'gave_up' });
    return this;
  }

  expire(): this {
    this.log.add({ type: 'time_expired' });
    return this;
  }

  /** As the engine ends a session: into the done phase, then the outcome. */
  end(outcome: Outcome): this {
    this.log.toPhase('done').add({ type: 'session_ended', outcome });
    return this;
  }

  events(): SessionEvent[] {
    return this.log.build();
  }
}

export function script(options?: ScriptOptions): SessionScript {
  return new SessionScript(options);
}

/** The real bundled problem the hand-written logs are about. */
export async function climbingStairs(): Promise<ProblemMeta> {
  return (await bankProblem('climbing-stairs')).meta;
}
