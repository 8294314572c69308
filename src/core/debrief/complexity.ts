/**
 * Complexity classes compared by rank, so a stated "O(n log n)" can be set against an expected "O(n)"
 * and a measured "linear" growth. Unrecognised notations rank as null and are reported as such.
 */
import type { ProblemMeta } from '../../problems/types';
import type { ScalingPoint } from '../events';
import { growthAgainstReference, type RelativeGrowth } from '../growth';
import { eventsOf, isMaxSizeLabel, lastEventOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

const CLASSES: { rank: number; name: string; patterns: RegExp[] }[] = [
  { rank: 0, name: 'constant', patterns: [/^o\(1\)$/, /^constant$/] },
  { rank: 1, name: 'logarithmic', patterns: [/^o\(log\w*\)$/, /^logarithmic$/] },
  { rank: 2, name: 'linear', patterns: [/^o\(\w\)$/, /^o\(\w\+\w\)$/, /^linear$/] },
  { rank: 3, name: 'linearithmic', patterns: [/^o\(\wlog\w*\)$/, /^o\(\w\*log\w*\)$/, /^o\(\w·log\w*\)$/, /^linearithmic$/, /^n ?log ?n$/] },
  { rank: 4, name: 'quadratic', patterns: [/^o\(\w\^2\)$/, /^o\(\w²\)$/, /^o\(\w[·*]\w\)$/, /^o\(\w\w\)$/, /^quadratic$/] },
  // The judge's growth fit says "worse" for anything past quadratic.
  { rank: 5, name: 'cubic or worse', patterns: [/^o\(\w\^3\)$/, /^o\(\w³\)$/, /^cubic$/, /^worse$/] },
  { rank: 6, name: 'exponential', patterns: [/^o\(\d\^\w\)$/, /^exponential$/] },
  { rank: 7, name: 'factorial', patterns: [/^o\(\w!\)$/, /^factorial$/] },
];

/** Collapses spacing and common spellings: "O(n log n)" → "o(nlogn)", "about linear" → "linear". */
function normalise(notation: string): string {
  return notation
    .toLowerCase()
    .replace(/^(about|roughly|approximately|~)\s*/, '')
    .replace(/\s+/g, '')
    .replace(/\((?=\w)/, '(')
    .trim();
}

export function complexityRank(notation: string): number | null {
  const n = normalise(notation);
  const words = notation.toLowerCase().trim().replace(/^(about|roughly|approximately|~)\s*/, '');
  for (const c of CLASSES) {
    if (c.patterns.some((p) => p.test(n) || p.test(words))) return c.rank;
  }
  return null;
}

export function complexityName(rank: number): string {
  return CLASSES.find((c) => c.rank === rank)?.name ?? 'unknown';
}

/** The expected class may list alternatives ("O(n) or O(n log k)"): the best of them is the bar. */
function expectedRank(expected: string): number | null {
  const ranks = expected
    .split(/\s+or\s+|,|\//)
    .map((part) => complexityRank(part.trim()))
    .filter((r): r is number => r !== null);
  return ranks.length === 0 ? null : Math.min(...ranks);
}

export type PlanComparison = 'matches' | 'slower' | 'faster' | 'unknown' | 'not_stated';

export interface MaxSizeResult {
  label: string;
  verdict: string;
  timeMs: number;
}

export interface ComplexityReport {
  stated: string | null;
  statedSpace: string | null;
  expected: string | null;
  expectedSpace: string | null;
  comparison: PlanComparison;
  /** The last submit's max-size hidden tests: their verdicts say whether the solution scales. */
  maxSizeTests: MaxSizeResult[];
  meetsExpected: boolean | null;
  measured: MeasuredScaling | null;
}

export interface MeasuredScaling {
  t: number;
  points: ScalingPoint[];
  growth: string;
  growthRank: number | null;
  /** Size and time factors between the smallest and the largest point. */
  sizeFactor: number | null;
  timeFactor: number | null;
  /** The reference solution's time factor over the same sizes, when it was measured alongside. */
  referenceTimeFactor: number | null;
  /** Growth judged against the reference's on the same inputs; 'unknown' for logs without reference times. */
  relative: RelativeGrowth;
  versusStated: PlanComparison;
  versusExpected: PlanComparison;
}

function compare(actual: number | null, bar: number | null, stated: boolean): PlanComparison {
  if (!stated) return 'not_stated';
  if (actual === null || bar === null) return 'unknown';
  if (actual === bar) return 'matches';
  return actual > bar ? 'slower' : 'faster';
}

/** "(×17.1 time for ×8.0 size; the reference solution ×14.2)": the figures behind a measured class. */
export function measuredFactors(m: MeasuredScaling): string {
  if (m.sizeFactor === null || m.timeFactor === null) return '';
  const reference = m.referenceTimeFactor !== null ? `; the reference solution ×${m.referenceTimeFactor.toFixed(1)}` : '';
  return ` (×${m.timeFactor.toFixed(1)} time for ×${m.sizeFactor.toFixed(1)} size${reference})`;
}

/**
 * The measured class. Against a reference measured on the same inputs, similar growth means the
 * expected class, and only a clearly steeper slope (or a timeout where the reference was quick)
 * ranks worse; without reference times, the absolute fit is all there is.
 */
function measuredRank(absolute: number | null, relative: RelativeGrowth, bar: number | null): number | null {
  if (bar === null || relative.kind === 'unknown') return absolute;
  if (relative.kind === 'similar') return bar;
  if (relative.kind === 'shallower') return absolute === null ? bar : Math.min(absolute, bar);
  return Math.max(absolute ?? bar + 1, bar + 1);
}

export function complexityReport(log: SessionLog, meta: ProblemMeta | undefined): ComplexityReport {
  const plans = eventsOf(log, 'plan_updated').filter((p) => p.plan.timeComplexity.trim() !== '');
  const plan = plans[plans.length - 1]?.plan;
  const stated = plan?.timeComplexity.trim() ?? null;
  const expected = meta?.complexity.time ?? null;
  const statedRank = stated === null ? null : complexityRank(stated);
  const bar = expected === null ? null : expectedRank(expected);

  const lastSubmit = log.submits[log.submits.length - 1];
  const maxSizeTests = (lastSubmit?.tests ?? [])
    .filter((t) => t.source === 'hidden' && isMaxSizeLabel(t.label))
    .map((t) => ({ label: t.label, verdict: t.verdict, timeMs: t.timeMs }));
  const meetsExpected =
    maxSizeTests.length === 0 ? null : maxSizeTests.every((t) => t.verdict === 'accepted');

  const scaling = lastEventOf(log, 'scaling_measured');
  let measured: MeasuredScaling | null = null;
  if (scaling !== undefined) {
    const sorted = [...scaling.points].sort((a, b) => a.size - b.size);
    const small = sorted[0];
    const large = sorted[sorted.length - 1];
    const relative = growthAgainstReference(sorted);
    const growthRank = measuredRank(complexityRank(scaling.growth), relative, bar);
    measured = {
      t: scaling.t,
      points: sorted,
      growth: scaling.growth,
      growthRank,
      sizeFactor: small !== undefined && large !== undefined && small.size > 0 ? large.size / small.size : null,
      timeFactor: small !== undefined && large !== undefined && small.timeMs > 0 ? large.timeMs / small.timeMs : null,
      referenceTimeFactor:
        small?.referenceMs !== undefined && large?.referenceMs !== undefined && small.referenceMs > 0 && large.timedOut !== true
          ? large.referenceMs / small.referenceMs
          : null,
      relative,
      versusStated: compare(growthRank, statedRank, stated !== null),
      versusExpected: compare(growthRank, bar, expected !== null),
    };
  }

  return {
    stated,
    statedSpace: plan?.spaceComplexity.trim() || null,
    expected,
    expectedSpace: meta?.complexity.space ?? null,
    comparison: compare(statedRank, bar, stated !== null),
    maxSizeTests,
    meetsExpected,
    measured,
  };
}

const COMPARISON_WORDS: Record<PlanComparison, string> = {
  matches: 'matches it',
  slower: 'slower than it',
  faster: 'faster than it',
  unknown: 'not comparable',
  not_stated: 'nothing to compare',
};

/** "Your plan stated O(n log n) time, O(n) space; this problem expects O(n) time, O(n) space — slower than it." */
export function planSentence(x: ComplexityReport): string {
  const stated = x.stated === null ? 'no time complexity' : `${x.stated} time${x.statedSpace !== null ? `, ${x.statedSpace} space` : ''}`;
  const expected = x.expected === null ? 'no known complexity' : `${x.expected} time${x.expectedSpace !== null ? `, ${x.expectedSpace} space` : ''}`;
  return `Your plan stated ${stated}; this problem expects ${expected} — ${COMPARISON_WORDS[x.comparison]}.`;
}

/** "Measured growth of your final solution: about linear (×8.3 time for ×8.0 size); your plan: matches it, the expected: matches it." */
export function measuredSentence(m: MeasuredScaling): string {
  return (
    `Measured growth of your final solution: ${m.growthRank === null ? m.growth : `about ${complexityName(m.growthRank)}`}${measuredFactors(m)}; ` +
    `against your plan ${COMPARISON_WORDS[m.versusStated]}, against the expected ${COMPARISON_WORDS[m.versusExpected]}.`
  );
}
