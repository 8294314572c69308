/**
 * Clock trials: scripted interviews on an injected clock through the real engine and storage, each
 * with a clock mishap (sleep, wall-clock jumps, thousands of pauses, the editor closed overnight). The
 * script knows how much work it did in each phase, so the engine's phase totals can be checked
 * against the truth, both live and from a replay of the saved log.
 */
import { InterviewSession } from '../../src/core/session';
import { phaseTimesAt, replay } from '../../src/core/state';
import { PHASES, type Phase } from '../../src/vocabulary/interview';
import { ManualClock } from '../builders/clock';
import { tempStore } from '../builders/store';

export interface ClockTrialCase {
  name: string;
  /** Largest difference between a phase total and the truth, live or replayed. */
  errorMs: number;
  suspends: number;
  suspendsRecordedAsBreaks: number;
  /** Breaks recorded where no sleep happened (a wall-clock jump forward looks exactly like a sleep). */
  spuriousBreaks: number;
}

export interface ClockTrialResult {
  cases: number;
  maxErrorMs: number;
  suspends: number;
  suspendsRecordedAsBreaks: number;
  details: ClockTrialCase[];
}

/** A session plus the truth about it, advanced the way the UI drives it: a tick every second. */
class Trial {
  readonly clock = new ManualClock();
  readonly store = tempStore('onsite-clock-');
  session: InterviewSession;
  readonly truth: Record<Phase, number> = { clarify: 0, plan: 0, code: 0, test: 0 };
  suspends = 0;
  private expectedBreaks = 0;

  constructor() {
    this.session = InterviewSession.start(
      { problem: { id: 'two-sum', title: 'Two Sum', difficulty: 'hard', topics: [] }, language: 'javascript', mode: 'practice', overallLimitMinutes: 600 },
      { store: this.store, clock: this.clock },
    );
  }

  /** Work for `ms`, ticking every `stepMs` as the UI does. */
  work(ms: number, stepMs = 1_000): this {
    let left = ms;
    while (left > 0) {
      const step = Math.min(stepMs, left);
      this.clock.advance(step);
      const phase = this.session.state.phase;
      if (!this.session.state.paused && phase !== 'done') this.truth[phase] += step;
      this.session.tick();
      left -= step;
    }
    return this;
  }

  next(): this {
    this.session.advance({ override: true });
    return this;
  }

  /** Sleep as on Linux and macOS: the monotonic clock stops. */
  sleep(ms: number): this {
    this.suspends++;
    this.expectedBreaks++;
    this.clock.suspend(ms);
    this.session.tick();
    return this;
  }

  /** Sleep where the monotonic clock counts on through it. */
  sleepCountingMonotonic(ms: number): this {
    this.suspends++;
    this.expectedBreaks++;
    this.clock.suspendCountingMonotonic(ms);
    this.session.tick();
    return this;
  }

  jumpWall(ms: number): this {
    this.clock.jumpWall(ms);
    this.session.tick();
    return this;
  }

  pauseFor(ms: number): this {
    this.session.pause();
    this.clock.advance(ms);
    this.session.tick();
    this.session.resume();
    return this;
  }

  /** The editor closes, the machine is off for `ms`, and a new process reopens the session. */
  closeAndReopen(ms: number): this {
    this.suspends++;
    this.expectedBreaks++;
    this.session.close();
    this.clock.suspend(ms).restartProcess(Math.floor(ms % 997));
    this.session = InterviewSession.resume(this.session.id, { store: this.store, clock: this.clock });
    return this;
  }

  finish(name: string): ClockTrialCase {
    const live = this.session.phaseTimesMs();
    const read = this.store.read(this.session.id);
    if (!read.ok) throw new Error(`${name}: log unreadable: ${read.corrupt.reason}`);
    const replayed = replay(read.log.events);
    const fromLog = phaseTimesAt(replayed, this.session.activeMs());
    let errorMs = 0;
    for (const p of PHASES) errorMs = Math.max(errorMs, Math.abs(live[p] - this.truth[p]), Math.abs(fromLog[p] - this.truth[p]));
    const breaks = read.log.events.filter((e) => e.type === 'break_detected').length;
    this.session.close();
    this.store.dispose();
    const recorded = Math.min(breaks, this.expectedBreaks);
    return { name, errorMs, suspends: this.suspends, suspendsRecordedAsBreaks: recorded, spuriousBreaks: breaks - recorded };
  }
}

function deterministicFractions(count: number): number[] {
  const out: number[] = [];
  let x = 0.61803398875;
  for (let i = 0; i < count; i++) {
    x = (x * 9301 + 0.49297) % 1;
    out.push(x);
  }
  return out;
}

export function runClockTrials(): ClockTrialResult {
  const HOUR = 3_600_000;
  const details: ClockTrialCase[] = [];

  details.push(new Trial().work(90_000).next().work(120_000).sleep(HOUR).work(60_000).next().work(300_000).finish('one-hour suspend, monotonic stopped'));
  details.push(new Trial().work(60_000).next().work(30_000).sleepCountingMonotonic(HOUR).work(45_000).finish('one-hour suspend, monotonic counting'));
  details.push(new Trial().work(45_000).jumpWall(HOUR).work(45_000).next().work(10_000).finish('wall clock jumps an hour forward'));
  details.push(new Trial().work(45_000).jumpWall(-HOUR).work(45_000).next().work(10_000).finish('wall clock jumps an hour back'));

  const rapid = new Trial().work(5_000);
  for (const [i, f] of deterministicFractions(5_000).entries()) {
    rapid.pauseFor(f * 40).work(f * 25 + 0.25, 1_000);
    if (i === 2_500) rapid.next();
  }
  details.push(rapid.finish('5,000 rapid pauses and resumes with fractional milliseconds'));

  details.push(new Trial().work(100_000).next().work(50_000).closeAndReopen(8 * HOUR).work(70_000).next().work(20_000).finish('editor closed overnight, then reopened'));

  const pausedSleep = new Trial().work(30_000);
  pausedSleep.session.pause();
  pausedSleep.sleep(HOUR);
  pausedSleep.session.resume();
  details.push(pausedSleep.work(30_000).finish('suspend while paused'));

  const sliced = new Trial();
  for (const f of deterministicFractions(10_000)) sliced.work(f * 1.3 + 0.01, 10);
  details.push(sliced.next().work(1_000).finish('10,000 sub-millisecond steps'));

  return {
    cases: details.length,
    maxErrorMs: Math.max(...details.map((d) => d.errorMs)),
    suspends: details.reduce((s, d) => s + d.suspends, 0),
    suspendsRecordedAsBreaks: details.reduce((s, d) => s + d.suspendsRecordedAsBreaks, 0),
    details,
  };
}
