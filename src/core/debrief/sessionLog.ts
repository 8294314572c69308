/**
 * One pass over a session's event log that pulls out what every debrief figure needs, so the figures
 * themselves stay small and never re-scan for the start event or the end of the session.
 */
import type { Outcome, RunTestSummary, SessionEvent, SessionPhase } from '../events';
import type { Phase } from '../../problems/types';
import type { Verdict } from '../../judge/verdicts';

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

/** Hidden tests that exercise the largest inputs, by the naming convention of the problem bank. */
export function isMaxSizeLabel(label: string): boolean {
  return /worst|large|max/i.test(label);
}
