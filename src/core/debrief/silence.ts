/**
 * Silent stretches: long spans of coding in which the candidate said nothing an interviewer could hear —
 * no note, no run, no question. Pauses and breaks are already outside the active clock. Worded by
 * src/ui/debrief/findingWords.ts.
 */
import { phaseIntervals } from './sessionLog';
import type { SessionLog } from './sessionLog';

export const DEFAULT_SILENCE_THRESHOLD_MS = 10 * 60_000;

export interface SilentStretch {
  from: number;
  to: number;
  durationMs: number;
}

const SPEAKING = new Set(['note_added', 'run_completed', 'submitted', 'question_asked', 'custom_test_saved', 'assumption_set']);

export function silentStretches(log: SessionLog, thresholdMs = DEFAULT_SILENCE_THRESHOLD_MS): SilentStretch[] {
  const voiced = log.events.filter((e) => SPEAKING.has(e.type)).map((e) => e.t);
  const stretches: SilentStretch[] = [];
  for (const interval of phaseIntervals(log)) {
    if (interval.phase !== 'code') continue;
    const marks = [interval.from, ...voiced.filter((t) => t > interval.from && t < interval.to), interval.to];
    for (let i = 1; i < marks.length; i++) {
      const from = marks[i - 1] ?? 0;
      const to = marks[i] ?? 0;
      if (to - from >= thresholdMs) {
        stretches.push({ from, to, durationMs: to - from });
      }
    }
  }
  return stretches;
}
