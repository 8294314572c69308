/**
 * Deep validation of a problem folder: beyond loading, it runs the folder's code in the sandbox to prove
 * that the tests, the statement and the mutants say what they claim. Used by `onsite validate` and CI.
 */
import type { Judge } from '../judge/judge';
import { canonicalJson } from '../judge/compare';
import { smallTestBatches } from '../judge/mutationGate';
import type { TestResult } from '../vocabulary/verdicts';
import { parseStatementExamples } from '../problems/examples';
import { loadProblem, type Origin } from '../problems/loader';
import { checkEfficiencyTier, type EfficiencyFigures, type NaiveTiming } from './validateEfficiency';
import { measureTestStrength, testStrengthIssues } from '../problems/testStrength';
import { isGeneratedTest, type Problem, type ProblemIssue } from '../problems/types';

/**
 * A user folder's bar for hidden tests (a debrief needs enough labelled failures to say something);
 * the bundled bank meets the full LeetCode-scale bar of testStrength.ts.
 */
export const MIN_HIDDEN_TESTS = 20;

/**
 * Phrasings a clarification needs before the interviewer recognises it reliably in other words: it
 * learns each clarification from them when the problem loads (README: "The interviewer").
 */
export const MIN_PHRASINGS = 10;

export interface ProblemValidation {
  id: string;
  dir: string;
  issues: ProblemIssue[];
  /** Worth knowing but not failing CI on a noisy machine (e.g. a reference close to the limit). */
  warnings: ProblemIssue[];
  figures?: { visible: number; hidden: number; mutantsCaught: number; mutants: number; slowestReferenceMs: number; efficiency?: EfficiencyFigures };
}

/** "hidden-7" → "hidden[6]", the field that test has in tests.json. */
function testField(result: TestResult): string {
  const match = /^(visible|hidden)-(\d+)$/.exec(result.id);
  return match ? `${match[1] ?? ''}[${Number(match[2]) - 1}]` : result.id;
}

function checkStatement(problem: Problem, issues: ProblemIssue[]): void {
  const examples = parseStatementExamples(problem.statement, problem.meta);
  const visible = problem.tests.visible;
  if (examples.length !== visible.length) {
    issues.push({ file: 'statement.md', field: 'examples', reason: `has ${examples.length} examples but tests.json has ${visible.length} visible tests` });
  }
  for (const parsed of examples) {
    if (!parsed.ok) {
      issues.push({ file: 'statement.md', field: `Example ${parsed.index}`, reason: parsed.reason });
      continue;
    }
    const test = visible[parsed.example.index - 1];
    if (!test) continue;
    if (canonicalJson(parsed.example.args) !== canonicalJson(test.args)) {
      issues.push({ file: 'statement.md', field: `Example ${parsed.example.index}`, reason: `its input differs from tests.json visible[${parsed.example.index - 1}].args` });
    }
    if (canonicalJson(parsed.example.expected) !== canonicalJson(test.expected)) {
      issues.push({ file: 'statement.md', field: `Example ${parsed.example.index}`, reason: `its output differs from tests.json visible[${parsed.example.index - 1}].expected` });
    }
  }
}

function describeReferenceFailure(result: TestResult): string {
  const label = `"${result.label}"`;
  switch (result.verdict) {
    case 'wrong_answer':
      return `${label}: expected ${result.expected ?? '?'} but the reference returns ${result.actual ?? '?'}`;
    case 'time_limit_exceeded':
      return `${label}: the reference exceeds the time limit (${result.message ?? 'no detail'})`;
    default:
      return `${label}: the reference fails with ${result.verdict}: ${result.message ?? 'no detail'}`;
  }
}

async function checkReference(problem: Problem, judge: Judge, issues: ProblemIssue[], warnings: ProblemIssue[]): Promise<number> {
  const report = await judge.submit(problem, problem.reference, 'javascript');
  const limit = judge.timeLimitMs(problem);
  let slowest = 0;
  for (const result of report.tests) {
    slowest = Math.max(slowest, result.timeMs);
    if (result.verdict !== 'accepted') {
      issues.push({ file: 'tests.json', field: testField(result), reason: describeReferenceFailure(result) });
    } else if (result.timeMs > limit / 5) {
      warnings.push({ file: 'tests.json', field: testField(result), reason: `the reference took ${Math.round(result.timeMs)} ms, over a fifth of the ${limit} ms limit` });
    }
  }
  return slowest;
}

/**
 * Every visible, hidden and generated input must be one the statement allows: validator.js decides.
 * A bundled problem must have a validator; a user folder without one only gets a warning.
 */
async function checkConstraints(problem: Problem, judge: Judge, issues: ProblemIssue[], warnings: ProblemIssue[]): Promise<void> {
  if (problem.validator === undefined) {
    const missing = { file: 'validator.js', field: '(file)', reason: 'is missing, so no test is checked against the constraints' };
    (problem.origin === 'bundled' ? issues : warnings).push(missing);
    return;
  }
  const inputs: { field: string; argsJson: string }[] = problem.tests.visible.map((t, i) => ({ field: `visible[${i}] "${t.label}"`, argsJson: JSON.stringify(t.args) }));
  for (const [i, t] of problem.tests.hidden.entries()) {
    const field = `hidden[${i}] "${t.label}"`;
    if (!isGeneratedTest(t)) {
      inputs.push({ field, argsJson: JSON.stringify(t.args) });
      continue;
    }
    try {
      // Cached by the reference run, unless the reference failed on it (already reported).
      inputs.push({ field, argsJson: (await judge.generatedTest(problem, t.generate)).argsJson });
    } catch {
      try {
        inputs.push({ field, argsJson: await judge.generateInput(problem, t.generate) });
      } catch {
        // The generator failing is reported by the reference run.
      }
    }
  }
  const checks = await judge.validateInputs(problem, inputs.map((input) => input.argsJson));
  inputs.forEach((input, i) => {
    const check = checks[i];
    if (check?.status === 'invalid') issues.push({ file: 'tests.json', field: input.field, reason: check.constraint });
    else if (check?.status === 'unchecked') issues.push({ file: 'validator.js', field: input.field, reason: check.reason });
  });
}

type QuickBatches = Awaited<ReturnType<typeof smallTestBatches>>;

/**
 * The hidden tests a mutant meets before a full Submit: the small ones (literal and generated), in the
 * mutation gate's batches. When the reference run failed somewhere (a generator that throws or never
 * returns is reported there), the literal hidden tests alone: a failed generator is not cached, and
 * asking it again would cost its time limit once more.
 */
async function quickBatches(problem: Problem, judge: Judge, referencePassed: boolean): Promise<QuickBatches> {
  if (referencePassed) return smallTestBatches(judge, problem, ['hidden']);
  const literal = problem.tests.hidden.flatMap((t, i) =>
    isGeneratedTest(t) ? [] : [{ id: `hidden-${i + 1}`, label: t.label, source: 'hidden' as const, args: t.args, expected: t.expected }],
  );
  return [literal];
}

/** Does any hidden test catch this source? The quick batches first, so a caught mutant never waits for the maximum-size tests. */
async function caughtByHiddenTests(problem: Problem, source: string, judge: Judge, batches: QuickBatches): Promise<boolean> {
  for (const batch of batches) {
    const quick = await judge.judge(problem, source, 'javascript', batch);
    if (quick.tests.some((t) => t.verdict !== 'accepted')) return true;
  }
  const full = await judge.submit(problem, source, 'javascript');
  return full.tests.some((t) => t.source === 'hidden' && t.verdict !== 'accepted');
}

async function checkMutants(problem: Problem, judge: Judge, issues: ProblemIssue[], referencePassed: boolean): Promise<number> {
  if (problem.mutants.length === 0) return 0;
  const batches = await quickBatches(problem, judge, referencePassed);
  let caught = 0;
  for (const mutant of problem.mutants) {
    if (await caughtByHiddenTests(problem, mutant.source, judge, batches)) {
      caught += 1;
    } else {
      issues.push({
        file: `mutants/${mutant.info.file}`,
        field: '(file)',
        reason: `passes every hidden test, so "${mutant.info.bug}" would go unnoticed; add a hidden test probing ${mutant.info.exposedBy}`,
      });
    }
  }
  return caught;
}

export async function validateProblem(problem: Problem, judge: Judge, naiveTiming: NaiveTiming = 'use-record'): Promise<ProblemValidation> {
  const issues: ProblemIssue[] = [];
  const warnings: ProblemIssue[] = [];
  const hidden = problem.tests.hidden.length;
  if (problem.origin === 'bundled') {
    issues.push(...testStrengthIssues(measureTestStrength(problem)));
  } else if (hidden < MIN_HIDDEN_TESTS) {
    issues.push({ file: 'tests.json', field: 'hidden', reason: `has ${hidden} tests; at least ${MIN_HIDDEN_TESTS} are required` });
  }
  checkStatement(problem, issues);
  problem.meta.clarifications.forEach((c, i) => {
    if (c.phrasings.length < MIN_PHRASINGS) {
      warnings.push({
        file: 'problem.json',
        field: `clarifications[${i}].phrasings`,
        reason: `"${c.id}" has ${c.phrasings.length} phrasing${c.phrasings.length === 1 ? '' : 's'}; give at least ${MIN_PHRASINGS}, written as candidates ask, so the interviewer recognises the question in other words`,
      });
    }
  });
  const issuesBeforeReference = issues.length;
  const slowestReferenceMs = await checkReference(problem, judge, issues, warnings);
  const referencePassed = issues.length === issuesBeforeReference;
  // Only visible and hidden inputs: the efficiency tier is beyond the constraints by design.
  await checkConstraints(problem, judge, issues, warnings);
  const efficiency = await checkEfficiencyTier(problem, judge, issues, warnings, naiveTiming);
  const mutantsCaught = await checkMutants(problem, judge, issues, referencePassed);
  return {
    id: problem.meta.id,
    dir: problem.dir,
    issues,
    warnings,
    figures: { visible: problem.tests.visible.length, hidden, mutantsCaught, mutants: problem.mutants.length, slowestReferenceMs, ...(efficiency ? { efficiency } : {}) },
  };
}

/** Loads and validates one folder; a folder that does not load reports its loading issues. */
export async function validateFolder(dir: string, origin: Origin, judge: Judge, naiveTiming: NaiveTiming = 'use-record'): Promise<ProblemValidation> {
  const loaded = await loadProblem(dir, origin);
  if (!loaded.ok) return { id: loaded.broken.id, dir, issues: loaded.broken.issues, warnings: [] };
  return validateProblem(loaded.problem, judge, naiveTiming);
}
