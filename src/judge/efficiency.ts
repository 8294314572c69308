/**
 * The efficiency tier: after an accepted Submit, the solution runs on the problem's generated inputs
 * beyond the constraints (tests.json `efficiency`) under the tier's own time limit. Correctness is
 * decided within LeetCode's constraints, where an O(n^2) first answer is accepted as LeetCode accepts
 * it; this tier says what an interviewer would add: "at this scale it is too slow, they will ask for
 * O(n log n)". Built on the Judge's public surface, so judge.ts only delegates to it.
 */
import type { Problem } from '../problems/types';
import type { Judge } from './judge';
import type { Language } from './solutionSource';
import type { EfficiencyReport, TestResult } from '../vocabulary/verdicts';

/** The tier's inputs, generated in the sandbox, with the reference's answers (cached by the judge). */
export async function efficiencyTests(judge: Judge, problem: Problem): Promise<{ id: string; label: string; source: 'hidden'; args: unknown[]; expected: unknown }[]> {
  return Promise.all(
    (problem.tests.efficiency?.tests ?? []).map(async (t, i) => {
      const { argsJson, expected } = await judge.generatedTest(problem, t.generate);
      return { id: `efficiency-${i + 1}`, label: t.label, source: 'hidden' as const, args: JSON.parse(argsJson) as unknown[], expected };
    }),
  );
}

/** A test's time as the tier judges it: a test stopped at the limit took at least the limit. */
export function effectiveMs(result: TestResult, limitMs: number): number {
  return result.verdict === 'time_limit_exceeded' ? Math.max(limitMs, result.timeMs) : result.timeMs;
}

/**
 * Runs the tier; undefined when the problem has none. Fails fast as Submit does: the first test over
 * the tier's limit ends the run. A wrong answer or a crash at this scale is not a correctness verdict
 * (the inputs are beyond the constraints): it is reported as `differed`, beside the time verdict.
 */
export async function judgeEfficiency(judge: Judge, problem: Problem, source: string, language: Language): Promise<EfficiencyReport | undefined> {
  // The solution's limit is its language's (a Python solution's is scaled, as all its limits are); the
  // reference runs in JavaScript under the unscaled one. Judging Python against the JavaScript limit
  // called a memoised O(n^3) burst-balloons "too slow: an interviewer will ask for O(n^3)".
  const referenceLimitMs = judge.efficiencyLimitMs(problem);
  const limitMs = judge.efficiencyLimitMs(problem, language);
  if (limitMs === undefined || referenceLimitMs === undefined) return undefined;
  const tests = (problem.tests.efficiency?.tests ?? []).map((t, i) => ({ id: `efficiency-${i + 1}`, label: t.label, generate: t.generate }));
  // judgeGenerated scales a limit to the solution's language itself, so it is given the unscaled one.
  const solution = await judge.judgeGenerated(problem, source, language, tests, { timeLimitMs: referenceLimitMs });
  const ran = solution.tests;
  // Only a test that ran to an answer (right or wrong) or to the limit says how fast the solution is: the
  // time of one that ran out of memory or crashed is the time to the failure.
  const timed = ran.filter((r) => r.verdict === 'accepted' || r.verdict === 'wrong_answer' || r.verdict === 'time_limit_exceeded');
  const slowest = (timed.length > 0 ? timed : ran).reduce<TestResult | undefined>((worst, r) => (worst === undefined || effectiveMs(r, limitMs) > effectiveMs(worst, limitMs) ? r : worst), undefined);
  // The reference only on the input the comparison is about: the rest would only add to the wait.
  const slowestInput = tests.filter((t) => t.id === slowest?.id);
  // Nothing to compare when no test ran to an answer ('unfinished'): the reference would run for nothing.
  const [reference] = timed.length === 0 ? [] : (await judge.judgeGenerated(problem, problem.reference, 'javascript', slowestInput, { timeLimitMs: referenceLimitMs })).tests;
  const tooSlow = ran.some((r) => r.verdict === 'time_limit_exceeded' || r.timeMs > limitMs);
  const failed = ran.find((r) => r.verdict !== 'accepted' && r.verdict !== 'time_limit_exceeded');
  return {
    verdict: tooSlow ? 'too_slow' : timed.length === 0 ? 'unfinished' : 'efficient',
    expected: problem.meta.complexity.time,
    slowest: {
      label: slowest?.label ?? '',
      ms: slowest ? Math.round(effectiveMs(slowest, limitMs)) : 0,
      referenceMs: reference ? Math.round(effectiveMs(reference, referenceLimitMs)) : 0,
      limitMs,
      timedOut: slowest?.verdict === 'time_limit_exceeded',
    },
    ...(failed ? { differed: { label: failed.label, verdict: failed.verdict, message: failed.message ?? failed.verdict } } : {}),
    ...(solution.notRun !== undefined ? { notRun: solution.notRun } : {}),
  };
}
