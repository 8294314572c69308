/**
 * The plan's complexity against the expected one and the measured growth. A stated class is compared
 * with the expected one class by class (src/problems/complexityClass.ts, in the problem's variables);
 * measured growth only has the coarse ladder (constant … factorial). Unrecognised notations are
 * reported as unknown.
 */
import { compareClasses, compareGrowth, growthOfClass, parseComplexity, rankOfClass } from '../../problems/complexityClass';
import type { ProblemMeta } from '../../problems/types';
import type { ScalingPoint } from '../../vocabulary/growth';
import { growthAgainstReference, type RelativeGrowth } from '../../vocabulary/growth';
import { isResourceVerdict } from '../../vocabulary/verdicts';
import { eventsOf, isMaxSizeLabel, lastEventOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

/**
 * The coarse ladder as the judge's measured growth ("linear", "worse") and older free-text plans name it;
 * src/ui/debrief/complexityWords.ts names each rank in the display language.
 */
const RANK_NAMES: { rank: number; words: RegExp }[] = [
  { rank: 0, words: /^constant$/ },
  { rank: 1, words: /^logarithmic$/ },
  { rank: 2, words: /^linear$/ },
  { rank: 3, words: /^(linearithmic|n ?log ?n)$/ },
  { rank: 4, words: /^quadratic$/ },
  // The judge's growth fit says "worse" for anything past quadratic.
  { rank: 5, words: /^(cubic|worse)$/ },
  { rank: 6, words: /^exponential$/ },
  { rank: 7, words: /^factorial$/ },
];

/** The coarse rank of a Big-O notation or a growth word; null when it is neither. */
export function complexityRank(notation: string): number | null {
  const parsed = parseComplexity(notation);
  if (parsed !== null) return rankOfClass(parsed);
  const words = notation.toLowerCase().trim().replace(/^(about|roughly|approximately|~)\s*/, '');
  return RANK_NAMES.find((r) => r.words.test(words))?.rank ?? null;
}


/** The expected class may list alternatives ("O(n) or O(n log k)"). */
function alternatives(expected: string): string[] {
  return expected.split(/\s+or\s+|,|\//).map((part) => part.trim()).filter((part) => part !== '');
}

/** The expected class may list alternatives ("O(n) or O(n log k)"): the best of them is the bar. */
function expectedRank(expected: string): number | null {
  const ranks = alternatives(expected)
    .map((part) => complexityRank(part))
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
  /** true: all of them passed; false: one ran out of time or memory; null: no such tests, or they failed otherwise. */
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

/**
 * The stated class against the expected one: a match with any listed alternative matches, otherwise it
 * is set against the fastest alternative. Free text that is no Big-O falls back to the coarse ranks.
 */
function comparePlan(stated: string, expected: string, problemClasses: readonly string[], statedRank: number | null, bar: number | null): PlanComparison {
  const options = alternatives(expected).map((text) => ({ text, parsed: parseComplexity(text) }));
  const parsedOptions = options.filter((o) => o.parsed !== null);
  if (parseComplexity(stated) === null || parsedOptions.length === 0) return compare(statedRank, bar, true);
  if (parsedOptions.some((o) => compareClasses(stated, o.text, problemClasses) === 'matches')) return 'matches';
  const fastest = parsedOptions.reduce((best, o) =>
    compareGrowth(growthOfClass(o.parsed as NonNullable<typeof o.parsed>), growthOfClass(best.parsed as NonNullable<typeof best.parsed>)) < 0 ? o : best);
  return compareClasses(stated, fastest.text, problemClasses);
}


/**
 * The measured class. Against a reference measured on the same inputs, similar growth means the
 * expected class, and only a clearly steeper slope (or a timeout where the reference was quick)
 * ranks worse; without reference times, the absolute fit is all there is.
 */
function measuredRank(absolute: number | null, relative: RelativeGrowth, bar: number | null): number | null {
  // Too few sizes took measurable time: the absolute fit is no firmer than the relative one would be.
  if (relative.kind === 'too_few_sizes') return null;
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
  // Scale is shown by the largest tests passing, and missed only by running out of time or memory on them;
  // a wrong answer or a crash there says nothing about scale either way.
  const meetsExpected =
    maxSizeTests.length === 0
      ? null
      : maxSizeTests.every((t) => t.verdict === 'accepted')
        ? true
        : maxSizeTests.some((t) => isResourceVerdict(t.verdict))
          ? false
          : null;

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
    comparison: stated === null || expected === null ? compare(statedRank, bar, stated !== null) : comparePlan(stated, expected, meta?.complexityClasses ?? [], statedRank, bar),
    maxSizeTests,
    meetsExpected,
    measured,
  };
}
