/**
 * How running time grows with input size, from a few measured points. The slope of log(time)
 * against log(size) is the exponent: about 1 for linear work, a little above 1 for n log n (log n
 * adds about 0.1–0.3 over an 8× range), 2 for quadratic.
 *
 * In QuickJS a linear solution that allocates (a Map, arrays) often fits 1.2–1.4, because garbage
 * collection and rehashing grow with the heap; so an absolute exponent cannot tell O(n) from
 * O(n log n). The debrief therefore compares a solution's exponent with the reference solution's,
 * measured on the same inputs: only a clearly steeper slope counts as growing too fast.
 */

/** One size of the debrief's scaling run, as the session log records it. */
export interface ScalingPoint {
  size: number;
  timeMs: number;
  /** The reference solution's time on the same input (absent in logs written before 0.1.0 and when it failed). */
  referenceMs?: number;
  /** The solution hit the time limit at this size; timeMs is then the limit, a lower bound. */
  timedOut?: boolean;
}

export type Growth = 'linear' | 'n log n' | 'quadratic' | 'worse' | 'unknown';

/** Below this, timer resolution and call overhead dominate and the slope means nothing. */
export const MIN_MEASURABLE_MS = 2;

/**
 * How much steeper than the reference a solution's slope must be to count as a worse class.
 * Quadratic against linear differs by about 1; noise between two runs of one solution stays under 0.3.
 */
export const STEEPER_THAN_REFERENCE = 0.5;

export function classifyExponent(k: number): Growth {
  if (!Number.isFinite(k)) return 'unknown';
  if (k < 1.12) return 'linear';
  if (k < 1.5) return 'n log n';
  if (k < 2.5) return 'quadratic';
  return 'worse';
}

/**
 * The reference's times count from here when set against a solution's: a fast reference on the
 * sizes a slow solution can reach stays near a millisecond, and its slope there is still usable
 * (a linear reference measured 0.5 → 2.9 ms over ×8 sizes fits 0.94).
 */
const MIN_REFERENCE_MS = 0.5;

/** Least-squares slope of log(time) on log(size) over the points taking at least minMs; NaN when fewer than two. */
export function fitExponent(points: readonly { size: number; timeMs: number }[], minMs = MIN_MEASURABLE_MS): number {
  const usable = points.filter((p) => p.timeMs >= minMs && p.size > 0);
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.timeMs));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? my) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}

export type RelativeGrowth =
  | { kind: 'steeper' | 'similar' | 'shallower'; exponent: number; referenceExponent: number }
  /** Timed out at a size where the reference finished in a small fraction of the limit. */
  | { kind: 'timed_out'; size: number; referenceMs: number }
  /** The solution took a measurable time over too narrow a range of sizes to say how it grows. */
  | { kind: 'too_few_sizes' }
  | { kind: 'unknown' };

/**
 * The range of sizes a slope is trusted over. A slope's error grows as its range shrinks: over one
 * doubling a single disturbed point moves it by that point's whole log-error. A hash-map Two Sum whose
 * times passed 2 ms only at 4,992 and 9,984 fitted 0.82 there against a reference's 0.25 (its 4,992 run
 * had caught a collection), and the debrief called the optimal solution linearithmic. So a fit needs
 * two sizes a doubling apart, and over less than two doublings the margin doubles; and a solution
 * measurable over less than two doublings, with no such fit, gets no claim at all.
 */
export const FULL_SIZE_SPAN = 4;

function sizeSpan(points: readonly { size: number }[]): number {
  if (points.length < 2) return 1;
  const sizes = points.map((p) => p.size);
  return Math.max(...sizes) / Math.min(...sizes);
}

/** The solution's growth set against the reference's on the sizes where both were measured. */
export function growthAgainstReference(points: readonly ScalingPoint[]): RelativeGrowth {
  const timedOut = points.find((p) => p.timedOut === true && p.referenceMs !== undefined);
  if (timedOut?.referenceMs !== undefined && timedOut.referenceMs * 20 <= timedOut.timeMs) {
    return { kind: 'timed_out', size: timedOut.size, referenceMs: timedOut.referenceMs };
  }
  // Both series are measured alike (the fastest of the same runs, in the same sandbox), so their per-call
  // overhead flattens both slopes alike: the solution's times count from the same floor as the reference's.
  const finished = points.filter((p) => p.timedOut !== true);
  const both = finished.filter((p) => p.referenceMs !== undefined && p.timeMs >= MIN_REFERENCE_MS && p.referenceMs >= MIN_REFERENCE_MS);
  const span = sizeSpan(both);
  if (span < 2) return withoutRelativeFit(points, finished);
  const exponent = fitExponent(both, MIN_REFERENCE_MS);
  const referenceExponent = fitExponent(both.map((p) => ({ size: p.size, timeMs: p.referenceMs ?? 0 })), MIN_REFERENCE_MS);
  if (!Number.isFinite(exponent) || !Number.isFinite(referenceExponent)) return { kind: 'unknown' };
  const delta = exponent - referenceExponent;
  if (span >= FULL_SIZE_SPAN) {
    const kind = delta >= STEEPER_THAN_REFERENCE ? 'steeper' : delta <= -STEEPER_THAN_REFERENCE ? 'shallower' : 'similar';
    return { kind, exponent, referenceExponent };
  }
  // Over less than two doublings only a wide gap counts. A narrower one is not "similar": a quadratic
  // solution whose reference passed the floor at just two sizes fitted 1.71 there against 0.77, while
  // its own times (7 → 336 ms over ×8) were plainly quadratic; so the pair says nothing and the
  // solution's own points decide, as when the reference was too quick everywhere.
  if (Math.abs(delta) < 2 * STEEPER_THAN_REFERENCE) return withoutRelativeFit(points, finished);
  return { kind: delta > 0 ? 'steeper' : 'shallower', exponent, referenceExponent };
}

/**
 * No usable slope pair: a solution measurable over less than two doublings gets no claim at all;
 * otherwise the reference was too quick, and the solution's absolute fit decides.
 */
function withoutRelativeFit(points: readonly ScalingPoint[], finished: readonly ScalingPoint[]): RelativeGrowth {
  const measurable = finished.filter((p) => p.timeMs >= MIN_REFERENCE_MS);
  return points.some((p) => p.referenceMs !== undefined) && sizeSpan(measurable) < FULL_SIZE_SPAN ? { kind: 'too_few_sizes' } : { kind: 'unknown' };
}
