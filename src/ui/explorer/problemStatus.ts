/** Where the candidate stands on each problem, from the session logs: untried, attempted or solved, and the best time. */
import type { SessionState } from '../../core/state';

export type ProblemProgress = 'untried' | 'attempted' | 'solved';

export interface ProblemRecord {
  progress: ProblemProgress;
  attempts: number;
  /** Active time of the fastest accepted session. */
  bestMs: number | null;
}

export function problemRecords(states: readonly SessionState[]): Map<string, ProblemRecord> {
  const records = new Map<string, ProblemRecord>();
  for (const state of states) {
    const record = records.get(state.problemId) ?? { progress: 'attempted', attempts: 0, bestMs: null };
    record.attempts += 1;
    if (state.outcome === 'accepted') {
      record.progress = 'solved';
      const time = state.endedT ?? state.lastT;
      record.bestMs = record.bestMs === null ? time : Math.min(record.bestMs, time);
    }
    records.set(state.problemId, record);
  }
  return records;
}

export function recordOf(records: ReadonlyMap<string, ProblemRecord>, problemId: string): ProblemRecord {
  return records.get(problemId) ?? { progress: 'untried', attempts: 0, bestMs: null };
}

/**
 * The records, read from the session logs once and shared by the explorer and the Study Plan, so showing
 * both views reads the logs once; forgotten when a session ends or the history is refreshed.
 */
export class ProblemProgressCache {
  private records: Map<string, ProblemRecord> | undefined;

  constructor(private readonly readStates: () => readonly SessionState[]) {}

  current(): ReadonlyMap<string, ProblemRecord> {
    this.records ??= problemRecords(this.readStates());
    return this.records;
  }

  forget(): void {
    this.records = undefined;
  }
}
