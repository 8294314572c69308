/**
 * Calibrates the debrief's "grows faster than it should" judgement on the whole bank: each
 * problem's reference measured against itself should come out similar (no false alarm), and its
 * naive.js, where it belongs to a worse class, steeper. Uses the same measureScaling the debrief does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { growthAgainstReference, type RelativeGrowth } from '../../src/vocabulary/growth';
import type { Judge } from '../../src/judge/judge';
import { loadProblemBank } from '../../src/problems/loader';

export interface GrowthCalibration {
  id: string;
  expected: string;
  itself: RelativeGrowth;
  naive: RelativeGrowth | undefined;
  seconds: number;
}

export async function measureBankGrowth(judge: Judge, root: string, only?: string[]): Promise<GrowthCalibration[]> {
  const bank = await loadProblemBank([{ path: root, origin: 'bundled' }]);
  const rows: GrowthCalibration[] = [];
  for (const problem of bank.problems) {
    if (only && !only.includes(problem.meta.id)) continue;
    const started = performance.now();
    const itself = growthAgainstReference((await judge.measureScaling(problem, problem.reference, 'javascript')).points);
    const naivePath = join(problem.dir, 'naive.js');
    const naive = existsSync(naivePath)
      ? growthAgainstReference((await judge.measureScaling(problem, readFileSync(naivePath, 'utf8'), 'javascript')).points)
      : undefined;
    rows.push({ id: problem.meta.id, expected: problem.meta.complexity.time, itself, naive, seconds: (performance.now() - started) / 1000 });
  }
  return rows;
}

function describe(r: RelativeGrowth | undefined): string {
  if (r === undefined) return 'no naive.js';
  if (r.kind === 'unknown') return 'unknown (the reference too quick to fit)';
  if (r.kind === 'too_few_sizes') return 'no claim (measurable at too few sizes)';
  if (r.kind === 'timed_out') return `timed out at size ${r.size} (reference ${r.referenceMs.toFixed(1)} ms)`;
  return `${r.kind} (k ${r.exponent.toFixed(2)} vs ${r.referenceExponent.toFixed(2)})`;
}

export function formatGrowth(rows: GrowthCalibration[]): string[] {
  const lines = ['| problem | expected | reference vs itself | naive vs reference | seconds |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.id} | ${r.expected} | ${describe(r.itself)} | ${describe(r.naive)} | ${r.seconds.toFixed(1)} |`);
  const falseAlarms = rows.filter((r) => r.itself.kind === 'steeper' || r.itself.kind === 'timed_out').length;
  const naiveFlagged = rows.filter((r) => r.naive?.kind === 'steeper' || r.naive?.kind === 'timed_out').length;
  const withNaive = rows.filter((r) => r.naive !== undefined).length;
  lines.push('', `False alarms (reference flagged against itself): ${falseAlarms} of ${rows.length}. Naive solutions flagged: ${naiveFlagged} of ${withNaive}.`);
  return lines;
}
