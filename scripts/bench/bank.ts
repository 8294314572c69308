/**
 * Measures, in the sandbox, how well each problem's max-size tests separate the expected complexity
 * from the naive one: the reference should stay under a fifth of the time limit and the naive
 * solution (naive.js) should exceed it five times over. Naive runs are capped at 6× the limit, so a
 * figure of "≥ 6.0×" means it was still running when stopped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Judge } from '../../src/judge/judge';
import { loadProblemBank } from '../../src/problems/loader';
import { isGeneratedTest, type GeneratorInput, type Problem } from '../../src/problems/types';

const NAIVE_CAP_FACTOR = 6;

export interface BankMargin {
  id: string;
  limitMs: number;
  referenceMs: number;
  naiveMs: number | undefined;
  naiveCapped: boolean;
}

const WORST_CASE_LABEL = /worst case/i;

/** The largest generated tests, those labelled as the naive approach's worst case first. */
function largestGenerated(problem: Problem): ({ label: string } & GeneratorInput)[] {
  const generated = problem.tests.hidden.flatMap((t) => (isGeneratedTest(t) ? [{ label: t.label, ...t.generate }] : []));
  const max = Math.max(0, ...generated.map((g) => g.size));
  const largest = generated.filter((g) => g.size === max);
  const worstFirst = [...largest.filter((g) => WORST_CASE_LABEL.test(g.label)), ...largest.filter((g) => !WORST_CASE_LABEL.test(g.label))];
  return worstFirst.slice(0, 2);
}

export async function measureBankMargins(judge: Judge, root: string, only?: string[]): Promise<BankMargin[]> {
  const bank = await loadProblemBank([{ path: root, origin: 'bundled' }]);
  const margins: BankMargin[] = [];
  for (const problem of bank.problems) {
    if (only && !only.includes(problem.meta.id)) continue;
    const tests = largestGenerated(problem);
    if (tests.length === 0) continue;
    const limitMs = judge.timeLimitMs(problem);
    const planned = await Promise.all(tests.map(async (t, i) => {
      const generated = await judge.generatedTest(problem, t);
      return { id: `max-${i + 1}`, label: t.label, source: 'hidden' as const, args: JSON.parse(generated.argsJson) as unknown[], expected: generated.expected };
    }));
    const reference = await judge.judge(problem, problem.reference, 'javascript', planned, { timeLimitMs: limitMs * NAIVE_CAP_FACTOR });
    const referenceMs = Math.max(...reference.tests.map((t) => t.timeMs));
    const naivePath = join(problem.dir, 'naive.js');
    let naiveMs: number | undefined;
    let naiveCapped = false;
    if (existsSync(naivePath)) {
      const naive = await judge.judge(problem, readFileSync(naivePath, 'utf8'), 'javascript', planned, { timeLimitMs: limitMs * NAIVE_CAP_FACTOR });
      naiveCapped = naive.tests.some((t) => t.verdict === 'time_limit_exceeded');
      naiveMs = naiveCapped ? limitMs * NAIVE_CAP_FACTOR : Math.max(...naive.tests.map((t) => t.timeMs));
    }
    margins.push({ id: problem.meta.id, limitMs, referenceMs, naiveMs, naiveCapped });
  }
  return margins;
}

export function formatMargins(margins: BankMargin[]): string[] {
  const lines = ['| problem | limit | reference (max test) | reference / limit | naive | naive / limit |', '|---|---|---|---|---|---|'];
  for (const m of margins) {
    const naive = m.naiveMs === undefined ? 'no naive.js' : `${m.naiveCapped ? '≥ ' : ''}${Math.round(m.naiveMs)} ms`;
    const naiveRatio = m.naiveMs === undefined ? '' : `${m.naiveCapped ? '≥ ' : ''}${(m.naiveMs / m.limitMs).toFixed(1)}×`;
    lines.push(`| ${m.id} | ${m.limitMs} ms | ${Math.round(m.referenceMs)} ms | ${(m.referenceMs / m.limitMs).toFixed(2)} | ${naive} | ${naiveRatio} |`);
  }
  return lines;
}
