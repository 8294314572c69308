/**
 * Running a solution on planned tests (Run, Submit, the validator's and the mutants' runs) and
 * turning the sandbox's outcomes into verdicts. Planning (where expected values come from) happens
 * before; here every test already carries its arguments and, when known, its expected value.
 */
import type { Problem } from '../problems/types';
import { entryCall } from './calls';
import { compareAnswers, previewOf, type Tolerance } from './compare';
import { type AnswerLimits, type BatchStop, type GuestCall, type SandboxBatch, type SandboxOutcome, submissionBudgetMs } from './protocol';
import { failureMessage, referenceLimitMs } from './referenceOutputs';
import { type Language, prepareSource } from './solutionSource';
import { overallVerdict, type JudgeReport, type TestResult, type Verdict } from '../vocabulary/verdicts';
import { exampleNumber, type TestSource } from '../vocabulary/interview';

/**
 * A test ready to run: arguments and, when known, the expected value as JSON text. Text, because the
 * worker compares and the report only previews: parsing and re-serialising sixty large expected
 * values on the host's thread was a visible stall.
 */
export interface PlannedTest {
  id: string;
  label: string;
  source: TestSource;
  argsJson: string;
  expectedJson?: string;
  /** Why no expected value could be produced (the generator or reference failed). */
  setupError?: string;
}

/** A test given as values; without `expected`, the reference decides it. */
export interface LiteralTestToRun {
  id: string;
  label: string;
  source: TestSource;
  args: unknown[];
  expected?: unknown;
}

/** The statement's examples, numbered as the panel and the report number them (Run and Submit alike). */
export function visibleTests(problem: Problem): LiteralTestToRun[] {
  return problem.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, label: t.label, source: 'visible', args: t.args, expected: t.expected }));
}

/** An answer may be this many times the expected one's size before it is cut off inside the sandbox. */
const OUTPUT_SIZE_FACTOR = 8;
const MIN_OUTPUT_CAP_CHARS = 256 * 1024;

function toleranceOf(problem: Problem): Tolerance | undefined {
  const t = problem.meta.floatTolerance;
  return t === undefined ? undefined : { value: t.value, relative: t.relative === true };
}

/**
 * A call with a known expected value carries it to the worker, which compares there; and its answer
 * is capped near the expected size (no correct answer is eight times longer), so neither a huge
 * answer nor its comparison ever reaches the host.
 */
function answerLimits(problem: Problem, expectedJson: string | undefined): AnswerLimits {
  if (expectedJson === undefined) return {};
  const maxOutputChars = Math.max(MIN_OUTPUT_CAP_CHARS, OUTPUT_SIZE_FACTOR * expectedJson.length);
  const mode = problem.meta.compare;
  if (mode === 'any-valid') return { maxOutputChars };
  const tolerance = toleranceOf(problem);
  return { maxOutputChars, expect: { expectedJson, mode, ...(tolerance !== undefined ? { tolerance } : {}) } };
}

/** Why the tests after a stop were not run, in the words the report and the panel show. */
const STOP_REASONS: Record<BatchStop, string> = {
  compile: 'the solution does not compile',
  time: 'stopped at the first test over the time limit, as LeetCode does',
  memory: 'stopped at the first test over the memory limit, as LeetCode does',
  budget: 'the whole submission reached its time budget',
};

function failureVerdict(outcome: Extract<SandboxOutcome, { status: 'failed' }>): Verdict {
  switch (outcome.failure) {
    case 'compile':
      return 'compile_error';
    case 'time':
      return 'time_limit_exceeded';
    case 'memory':
      return 'memory_limit_exceeded';
    case 'output':
      return 'wrong_answer';
    case 'runtime':
      return 'runtime_error';
  }
}

export interface PlannedRun {
  problem: Problem;
  source: string;
  language: Language;
  tests: PlannedTest[];
  /** The solution's per-test limit; the problem's own scripts (the checker) get referenceLimitMs(problemLimitMs). */
  timeLimitMs: number;
  problemLimitMs: number;
}

/**
 * Runs the solution on every planned test, failing fast: a compile error is reported once, and the
 * first test over the time or memory limit ends the run, as LeetCode's does; whatever the code
 * does, the whole run ends within the submission's budget. Tests not run are counted, not judged.
 */
export async function runPlannedTests(
  sandboxes: { solution: (batch: SandboxBatch) => Promise<SandboxOutcome[]>; problemScripts: (batch: SandboxBatch) => Promise<SandboxOutcome[]> },
  run: PlannedRun,
): Promise<JudgeReport> {
  const { problem, tests, timeLimitMs: limit } = run;
  const started = performance.now();
  const prepared = prepareSource(run.source, run.language);
  const runnable = tests.filter((t) => t.setupError === undefined);
  const outcomes = await sandboxes.solution({
    script: prepared.script,
    fileName: prepared.fileName,
    typescript: prepared.typescript,
    libraries: prepared.libraries,
    builtins: prepared.builtins,
    calls: runnable.map((t) => ({ ...entryCall(problem, t.argsJson), ...answerLimits(problem, t.expectedJson) })),
    timeLimitMs: limit,
    failFast: true,
    budgetMs: submissionBudgetMs(limit),
  });
  const byId = new Map(runnable.map((t, i) => [t.id, outcomes[i]]));
  // checker.js is the problem's, JavaScript whatever the solution's language.
  const checks = await checkAnyValid(sandboxes.problemScripts, problem, referenceLimitMs(run.problemLimitMs), runnable, outcomes);
  const results: TestResult[] = [];
  let notRun = 0;
  let stoppedBy: BatchStop | undefined;
  for (const test of tests) {
    const outcome = byId.get(test.id);
    if (outcome?.status === 'not_run') {
      notRun++;
      stoppedBy = outcome.reason;
      continue;
    }
    if (outcome?.status === 'failed' && outcome.failure === 'compile') {
      // The same error for every test: it stands once, for the solution, not per test.
      results.push({ ...verdictFor(problem, test, outcome, undefined), id: 'compile', label: 'compiling the solution' });
      continue;
    }
    results.push(verdictFor(problem, test, outcome, checks.get(test.id)));
  }
  return {
    problemId: problem.meta.id,
    verdict: overallVerdict(results),
    passed: results.filter((r) => r.verdict === 'accepted').length,
    total: tests.length,
    timeMs: performance.now() - started,
    tests: results,
    ...(notRun > 0 ? { notRun, stoppedBy: STOP_REASONS[stoppedBy ?? 'budget'] } : {}),
  };
}

/** For any-valid problems, asks the checker about every returned answer, in one batch. */
async function checkAnyValid(
  runBatch: (batch: SandboxBatch) => Promise<SandboxOutcome[]>,
  problem: Problem,
  checkerLimitMs: number,
  tests: PlannedTest[],
  outcomes: SandboxOutcome[],
): Promise<Map<string, true | string>> {
  const verdicts = new Map<string, true | string>();
  if (problem.meta.compare !== 'any-valid') return verdicts;
  const pending: { id: string; call: GuestCall }[] = [];
  tests.forEach((t, i) => {
    const outcome = outcomes[i];
    if (outcome?.status === 'returned') pending.push({ id: t.id, call: { kind: 'check', argsJson: t.argsJson, outputJson: outcome.outputJson } });
  });
  if (pending.length === 0) return verdicts;
  if (problem.checker === undefined) {
    for (const p of pending) verdicts.set(p.id, 'the problem has no checker.js');
    return verdicts;
  }
  const results = await runBatch({ script: problem.checker, fileName: 'checker.js', libraries: [], calls: pending.map((p) => p.call), timeLimitMs: checkerLimitMs });
  pending.forEach((p, i) => {
    const r = results[i];
    if (r?.status !== 'returned') {
      verdicts.set(p.id, `the checker failed: ${failureMessage(r)}`);
      return;
    }
    const value = JSON.parse(r.outputJson) as unknown;
    verdicts.set(p.id, value === true ? true : String(value));
  });
  return verdicts;
}

/** What a result keeps of a test: previews, so a report of sixty 10^5-element tests stays small. */
function describeTest(t: PlannedTest): Pick<TestResult, 'id' | 'label' | 'source' | 'input' | 'expected'> {
  return {
    id: t.id,
    label: t.label,
    source: t.source,
    input: previewOf(t.argsJson),
    ...(t.expectedJson !== undefined ? { expected: previewOf(t.expectedJson) } : {}),
  };
}

/** How a message names its test; a visible one by its statement example (see exampleNumber). */
function testWhere(test: PlannedTest): string {
  const example = exampleNumber(test);
  if (example !== undefined) return `example ${example}`;
  return test.source === 'hidden' ? `hidden test "${test.label}"` : `test "${test.label}"`;
}

function verdictFor(problem: Problem, test: PlannedTest, outcome: SandboxOutcome | undefined, check: true | string | undefined): TestResult {
  const base = describeTest(test);
  const where = testWhere(test);
  if (test.setupError !== undefined || outcome === undefined) {
    return { ...base, verdict: 'runtime_error', timeMs: 0, message: `could not prepare ${where}: ${test.setupError ?? 'not run'}` };
  }
  if (outcome.status === 'not_run') {
    return { ...base, verdict: 'runtime_error', timeMs: 0, message: `${where} was not run: ${STOP_REASONS[outcome.reason]}` };
  }
  const common = { ...base, timeMs: outcome.timeMs, ...(outcome.console ? { console: outcome.console } : {}) };
  if (outcome.status === 'failed') {
    const verdict = failureVerdict(outcome);
    return {
      ...common,
      verdict,
      message: verdict === 'wrong_answer' ? `wrong answer on ${where}: ${outcome.message}` : outcome.message,
      ...(outcome.line !== undefined ? { position: { line: outcome.line, column: outcome.column ?? 1 } } : {}),
    };
  }
  const withActual = { ...common, actual: previewOf(outcome.outputJson) };
  const mode = problem.meta.compare;
  if (mode === 'any-valid') {
    if (check === true) return { ...withActual, verdict: 'accepted' };
    return { ...withActual, verdict: 'wrong_answer', message: `wrong answer on ${where}: ${check ?? 'not checked'}` };
  }
  // Judged in the worker when the expected value was known as the batch left; otherwise here.
  const expected = test.expectedJson === undefined ? undefined : (JSON.parse(test.expectedJson) as unknown);
  const comparison = outcome.comparison ?? compareAnswers(mode, JSON.parse(outcome.outputJson) as unknown, expected, toleranceOf(problem));
  if (comparison.equal) return { ...withActual, verdict: 'accepted' };
  return { ...withActual, verdict: 'wrong_answer', message: `wrong answer on ${where}: ${comparison.reason}` };
}
