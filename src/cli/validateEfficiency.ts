/**
 * `onsite validate` for the efficiency tier (tests.json `efficiency`): its inputs are beyond the
 * constraints by design, so validator.js never sees them; instead the reference must pass them within
 * a fifth of the tier's limit, and naive.js, where the folder has one, should take five times it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effectiveMs, efficiencyTests } from '../judge/efficiency';
import type { Judge } from '../judge/judge';
import type { Problem, ProblemIssue } from '../problems/types';
import { currentNaiveRecord, naiveFingerprint, recordNaive } from './naiveRecord';

/** The separation the tier is for: the reference under 1/5 of its limit, the naive approach over 5×. */
export const EFFICIENCY_MARGIN = 5;

export interface EfficiencyFigures {
  limitMs: number;
  /** The reference's slowest efficiency test. */
  referenceMs: number;
  /** naive.js's slowest efficiency test, capped at EFFICIENCY_MARGIN × the limit (then `naiveCapped`). */
  naiveMs?: number;
  naiveCapped?: boolean;
  /** The day naive.js was measured, when the figure comes from its record (naive-record.json) rather than this run. */
  naiveMeasured?: string;
}

/** How naive.js is timed: trust a current record, or measure and rewrite the record. */
export type NaiveTiming = 'use-record' | 'record';

export async function checkEfficiencyTier(
  problem: Problem,
  judge: Judge,
  issues: ProblemIssue[],
  warnings: ProblemIssue[],
  naiveTiming: NaiveTiming = 'use-record',
): Promise<EfficiencyFigures | undefined> {
  const limitMs = judge.efficiencyLimitMs(problem);
  if (limitMs === undefined) return undefined;
  let tests: Awaited<ReturnType<typeof efficiencyTests>>;
  try {
    tests = await efficiencyTests(judge, problem);
  } catch (error) {
    issues.push({ file: 'tests.json', field: 'efficiency.tests', reason: (error as Error).message });
    return undefined;
  }
  const reference = await judge.judge(problem, problem.reference, 'javascript', tests, { timeLimitMs: limitMs });
  let referenceMs = 0;
  for (const result of reference.tests) {
    const field = `efficiency.tests[${Number(result.id.replace('efficiency-', '')) - 1}] "${result.label}"`;
    const ms = effectiveMs(result, limitMs);
    referenceMs = Math.max(referenceMs, ms);
    if (result.verdict !== 'accepted') issues.push({ file: 'tests.json', field, reason: `the reference fails with ${result.verdict}: ${result.message ?? 'no detail'}` });
    else if (ms > limitMs / EFFICIENCY_MARGIN) warnings.push({ file: 'tests.json', field, reason: `the reference took ${Math.round(ms)} ms, over a fifth of the tier's ${limitMs} ms limit` });
  }
  if (reference.notRun !== undefined) issues.push({ file: 'tests.json', field: 'efficiency.tests', reason: `${reference.notRun} not run: ${reference.stoppedBy ?? ''}` });
  const naivePath = join(problem.dir, 'naive.js');
  if (!existsSync(naivePath)) return { limitMs, referenceMs };
  const naiveSource = readFileSync(naivePath, 'utf8');
  const recorded = naiveTiming === 'use-record' ? currentNaiveRecord(problem, naiveSource, limitMs) : undefined;
  if (recorded !== undefined) return { limitMs, referenceMs, naiveMs: recorded.naiveMs, naiveCapped: true, naiveMeasured: recorded.measured };
  const naiveCapMs = limitMs * EFFICIENCY_MARGIN;
  const naive = await judge.judge(problem, naiveSource, 'javascript', tests, { timeLimitMs: naiveCapMs });
  const naiveMs = Math.max(0, ...naive.tests.map((r) => effectiveMs(r, naiveCapMs)));
  const naiveCapped = naive.tests.some((r) => r.verdict === 'time_limit_exceeded');
  if (naiveTiming === 'record') {
    recordNaive(problem.dir, naiveCapped ? { fingerprint: naiveFingerprint(problem, naiveSource, limitMs), naiveMs: Math.round(naiveMs), measured: new Date().toISOString().slice(0, 10) } : undefined);
  }
  if (!naiveCapped && naiveMs < naiveCapMs) {
    warnings.push({ file: 'tests.json', field: 'efficiency', reason: `naive.js takes ${Math.round(naiveMs)} ms, ${(naiveMs / limitMs).toFixed(1)}× the tier's ${limitMs} ms limit: make the inputs larger so it takes ${EFFICIENCY_MARGIN}×` });
  }
  return { limitMs, referenceMs, naiveMs, naiveCapped };
}
