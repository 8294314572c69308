/**
 * Verdicts and judge results: the vocabulary shared by the judge, the session log, the UI and the CLI.
 * Kept free of any runtime dependency so that every layer can import it.
 */
import type { TestSource } from './interview';

export const VERDICTS = [
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that say the solution ran out of a resource: on the largest inputs, a question of scale; any other failure there is a question of correctness. */
export function isResourceVerdict(verdict: string): boolean {
  return verdict === 'time_limit_exceeded' || verdict === 'memory_limit_exceeded';
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** A 1-based position in the user's solution file (lines and columns as an editor shows them). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface TestResult {
  /** Stable id within the suite (e.g. "visible-1", "hidden-7", a custom test's id). */
  id: string;
  /** What the test probes ("empty", "duplicates", "worst case") or the user's own name for it. */
  label: string;
  source: TestSource;
  verdict: Verdict;
  timeMs: number;
  /** JSON text of the arguments; absent for hidden tests until the debrief. */
  input?: string;
  /** JSON text of the expected value, when one is known. */
  expected?: string;
  /** JSON text of what the solution returned (after the harness's serialisation). */
  actual?: string;
  /** A human explanation: the error, the limit hit, why the answer is wrong. */
  message?: string;
  /** Where a runtime or compile error happened in the user's file. */
  position?: SourcePosition;
  /** Console output captured during this test, already capped. */
  console?: string;
}

export interface JudgeReport {
  problemId: string;
  verdict: Verdict;
  passed: number;
  /** Tests planned; those not run are in `notRun`, not in `tests`. */
  total: number;
  timeMs: number;
  /** The tests that ran; a compile error stands once, as the solution's, not per test. */
  tests: TestResult[];
  /** Tests never started because an earlier one ended the run (see `stoppedBy`). */
  notRun?: number;
  /** Why the run stopped early, in words for the panel ("stopped at the first test over the time limit…"). */
  stoppedBy?: string;
  /** The efficiency tier's verdict, when it ran (after an accepted Submit, on problems that have one). */
  efficiency?: EfficiencyReport;
}

/**
 * Not a correctness verdict: whether an accepted solution also keeps up at interview scale, on inputs
 * beyond the constraints (tests.json `efficiency`), as an interviewer who asks for the better
 * complexity would judge it. `unfinished`: no tier test ran to an answer or to the limit (each ran out of
 * memory or crashed first), so there is no time to judge.
 */
export type EfficiencyVerdict = 'efficient' | 'too_slow' | 'unfinished';

export interface EfficiencyReport {
  verdict: EfficiencyVerdict;
  /** The problem's expected time complexity (problem.json complexity.time). */
  expected: string;
  /** The slowest efficiency test: the solution's time (the limit when it was stopped there), the reference's on the same input. */
  slowest: { label: string; ms: number; referenceMs: number; limitMs: number; timedOut: boolean };
  /** The solution's answer differed from the reference's at interview scale, or it failed there (e.g. recursion too deep). */
  differed?: { label: string; verdict: Verdict; message: string };
  /** Efficiency tests not run because an earlier one reached the tier's limit. */
  notRun?: number;
}

/** The first non-accepted verdict decides the overall verdict, as judges usually report. */
export function overallVerdict(tests: readonly Pick<TestResult, 'verdict'>[]): Verdict {
  return tests.find((t) => t.verdict !== 'accepted')?.verdict ?? 'accepted';
}
