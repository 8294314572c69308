/** Every figure of one session, computed once; the rules, the scores and the exports read from here. */
import type { ProblemMeta } from '../../problems/types';
import type { SessionEvent } from '../events';
import { clarificationReport } from './clarifications';
import type { ClarificationReport } from './clarifications';
import { complexityReport } from './complexity';
import type { ComplexityReport } from './complexity';
import { mutantReport } from './mutants';
import type { MutantReport } from './mutants';
import { phaseReport } from './phases';
import type { PhaseReport } from './phases';
import { readSessionLog } from './sessionLog';
import type { SessionLog } from './sessionLog';
import { DEFAULT_SILENCE_THRESHOLD_MS, silentStretches } from './silence';
import type { SilentStretch } from './silence';
import { testReport } from './testResults';
import type { TestReport } from './testResults';

export interface DebriefOptions {
  /** How long coding may go without a note, run or question before the debrief calls it silent. */
  silenceThresholdMs: number;
}

export const DEFAULT_DEBRIEF_OPTIONS: DebriefOptions = { silenceThresholdMs: DEFAULT_SILENCE_THRESHOLD_MS };

export interface SessionFacts {
  log: SessionLog;
  meta: ProblemMeta | undefined;
  phases: PhaseReport;
  clarifications: ClarificationReport;
  complexity: ComplexityReport;
  mutants: MutantReport;
  silences: SilentStretch[];
  tests: TestReport;
}

export function sessionFacts(
  events: readonly SessionEvent[],
  meta: ProblemMeta | undefined,
  options: DebriefOptions = DEFAULT_DEBRIEF_OPTIONS,
): SessionFacts {
  const log = readSessionLog(events);
  return {
    log,
    meta,
    phases: phaseReport(log),
    clarifications: clarificationReport(log, meta),
    complexity: complexityReport(log, meta),
    mutants: mutantReport(log, meta),
    silences: silentStretches(log, options.silenceThresholdMs),
    tests: testReport(log),
  };
}
