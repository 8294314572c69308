/**
 * One pass over a session's event log that pulls out what every debrief figure needs, so the figures
 * themselves stay small and never re-scan for the start event or the end of the session.
 */
import type { RunTestSummary, SessionEvent } from '../events';
import { exampleNumber, type Outcome, type SessionPhase, type Phase } from '../../vocabulary/interview';
import type { Verdict } from '../../vocabulary/verdicts';

export type EventOf<K extends SessionEvent['type']> = Extract<SessionEvent, { type: K }>;

export interface Attempt {
  kind: 'run' | 'submit';
  t: number;
  verdict: Verdict;
  passed: number;
  total: number;
  tests: RunTestSummary[];
}

export interface SessionLog {
  start: EventOf<'session_started'>;
  events: readonly SessionEvent[];
  /** Active ms at the last event: the session's length on its own clock. */
  endT: number;
  outcome: Outcome | null;
  /** Runs and submits in order. */
  attempts: Attempt[];
  submits: Attempt[];
  runs: Attempt[];
}

export class MalformedLogError extends Error {}

export function readSessionLog(events: readonly SessionEvent[]): SessionLog {
  const first = events[0];
  if (first?.type !== 'session_started') {
    throw new MalformedLogError('the log does not begin with session_started');
  }
  const attempts: Attempt[] = [];
  let outcome: Outcome | null = null;
  let lastT = 0;
  let endedAt: number | null = null;
  for (const event of events) {
    lastT = Math.max(lastT, event.t);
    if (event.type === 'run_completed' || event.type === 'submitted') {
      attempts.push({
        kind: event.type === 'run_completed' ? 'run' : 'submit',
        t: event.t,
        verdict: event.verdict,
        passed: event.passed,
        total: event.total,
        tests: event.tests,
      });
    } else if (event.type === 'session_ended') {
      outcome = event.outcome;
      endedAt = event.t;
    }
  }
  return {
    start: first,
    events,
    // Measurements and the self-review are appended after the end; they are not interview time.
    endT: endedAt ?? lastT,
    outcome,
    attempts,
    submits: attempts.filter((a) => a.kind === 'submit'),
    runs: attempts.filter((a) => a.kind === 'run'),
  };
}

export function eventsOf<K extends SessionEvent['type']>(log: SessionLog, type: K): EventOf<K>[] {
  return log.events.filter((e): e is EventOf<K> => e.type === type);
}

export function lastEventOf<K extends SessionEvent['type']>(log: SessionLog, type: K): EventOf<K> | undefined {
  const all = eventsOf(log, type);
  return all[all.length - 1];
}

/**
 * Time away from the interview, one entry per stretch: a pause the user chose, or the editor closed,
 * reloaded or asleep. The engine logs a reload as a closing pause, a break on reopening and a resume;
 * that is one absence, not a pause and a break.
 */
export interface Absence {
  t: number;
  seq: number;
  /** The user pressed Pause; otherwise the editor was closed or reloaded, or the machine slept. */
  byUser: boolean;
  /** Wall time away, or null for a pause never resumed. */
  wallMs: number | null;
}

export function absences(log: SessionLog): Absence[] {
  const found: Absence[] = [];
  let open: { absence: Absence; at: number } | null = null;
  for (const event of log.events) {
    if (event.type === 'paused' && open === null) {
      open = { absence: { t: event.t, seq: event.seq, byUser: (event.reason ?? 'user') === 'user', wallMs: null }, at: event.at };
    } else if (event.type === 'resumed' && open !== null) {
      open.absence.wallMs = Math.max(0, event.at - open.at);
      found.push(open.absence);
      open = null;
    } else if (event.type === 'break_detected' && open === null) {
      // A sleep or a reload without a clean close; inside a pause it is part of that pause.
      found.push({ t: event.t, seq: event.seq, byUser: false, wallMs: event.gapMs });
    }
  }
  if (open !== null) found.push(open.absence);
  return found.sort((a, b) => a.seq - b.seq);
}

/** A stretch of the session spent in one phase, on the active clock. */
export interface PhaseInterval {
  phase: Phase;
  from: number;
  to: number;
}

/** Sessions start in clarify; every phase_changed closes one interval and opens the next. */
export function phaseIntervals(log: SessionLog): PhaseInterval[] {
  const intervals: PhaseInterval[] = [];
  let current: SessionPhase = 'clarify';
  let since = 0;
  for (const event of log.events) {
    if (event.type !== 'phase_changed') continue;
    if (current !== 'done') intervals.push({ phase: current, from: since, to: event.t });
    current = event.to;
    since = event.t;
  }
  if (current !== 'done') intervals.push({ phase: current, from: since, to: log.endT });
  return intervals.filter((i) => i.to > i.from);
}

/** When coding began: the first entry into the code phase, or the first edit if that came earlier. */
export function codingStart(log: SessionLog): number | null {
  const enteredCode = log.events.find((e) => e.type === 'phase_changed' && e.to === 'code');
  const firstEdit = log.events.find((e) => e.type === 'edit_summary' && e.added + e.removed > 0);
  const times = [enteredCode?.t, firstEdit?.t].filter((t): t is number => t !== undefined);
  return times.length === 0 ? null : Math.min(...times);
}

/** The kind of input a test probes: its label before any ":" ("duplicates: [1,1,2]" → "duplicates"). */
export function inputKind(label: string): string {
  const colon = label.indexOf(':');
  return (colon >= 0 ? label.slice(0, colon) : label).trim().toLowerCase();
}

/**
 * How a test is named to the candidate: a statement example as "Example 2" (its label in tests.json
 * names a kind of input the candidate never saw), a hidden test by its kind of input, an own test by
 * the name the candidate gave it.
 */
export function testName(test: RunTestSummary, tests: readonly RunTestSummary[]): string {
  if (test.source === 'visible') {
    const position = tests.filter((t) => t.source === 'visible').indexOf(test) + 1;
    return `Example ${exampleNumber(test) ?? Math.max(1, position)}`;
  }
  if (test.source === 'custom') return `your test "${test.label}"`;
  return inputKind(test.label);
}

/**
 * A failure of the whole solution rather than of one kind of input: no test passed (a compile error,
 * an infinite loop timing out everywhere, a crash on every input, or wrong on everything). Such an
 * attempt says nothing about which inputs are hard, so it is reported as itself.
 */
export function isSolutionFailure(attempt: Pick<Attempt, 'tests' | 'total'>): boolean {
  if (attempt.tests.some((t) => t.verdict === 'compile_error')) return true;
  if (!attempt.tests.every((t) => t.verdict !== 'accepted')) return false;
  // One failing test is that test's failure: "no test passed" needs at least two to mean anything,
  // or a run the judge stopped at its first failure (time or memory) before the others ran.
  return attempt.tests.length >= 2 || (attempt.tests.length === 1 && attempt.total > 1);
}

/** Tests a run planned but never started, because the judge stopped it at the first time-out. */
export function notRunIn(attempt: Pick<Attempt, 'tests' | 'total'>): number {
  return Math.max(0, attempt.total - attempt.tests.length);
}

/** The distinct verdicts of an attempt's failing tests, most frequent first. */
export function failureVerdicts(attempt: Attempt): Verdict[] {
  const counts = new Map<Verdict, number>();
  for (const t of attempt.tests) if (t.verdict !== 'accepted') counts.set(t.verdict, (counts.get(t.verdict) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/** Hidden tests that exercise the largest inputs, by the naming convention of the problem bank. */
export function isMaxSizeLabel(label: string): boolean {
  return /worst|large|max/i.test(label);
}
