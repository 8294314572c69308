/**
 * Classifies how a solution's running time grows from a few measured points. The slope of
 * log(time) against log(input size) is the exponent: about 1 for linear work, a little above 1
 * for n log n (log n adds about 0.1–0.3 over an 8× range), 2 for quadratic.
 */
export type Growth = 'linear' | 'n log n' | 'quadratic' | 'worse' | 'unknown';

export interface ScalingPoint {
  /** The size asked of the generator. */
  size: number;
  /** Characters of the generated input, the size actually measured against. */
  inputChars: number;
  timeMs: number;
  timedOut?: boolean;
}

export interface ScalingReport {
  points: ScalingPoint[];
  growth: Growth;
  /** Fitted exponent k in time ≈ c · size^k. */
  exponent: number;
  note?: string;
}

/** Below this, timer resolution and call overhead dominate and the slope means nothing. */
const MIN_MEASURABLE_MS = 2;

export function classifyExponent(k: number): Growth {
  if (!Number.isFinite(k)) return 'unknown';
  if (k < 1.12) return 'linear';
  if (k < 1.5) return 'n log n';
  if (k < 2.5) return 'quadratic';
  return 'worse';
}

export function fitGrowth(points: readonly ScalingPoint[]): { growth: Growth; exponent: number; note?: string } {
  if (points.length < 2) return { growth: 'unknown', exponent: Number.NaN, note: 'fewer than two sizes could be measured' };
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && last.inputChars < first.inputChars * 1.5) {
    return { growth: 'unknown', exponent: Number.NaN, note: 'the generator does not produce larger inputs at larger sizes' };
  }
  const usable = points.filter((p) => p.timeMs >= MIN_MEASURABLE_MS);
  if (usable.length < 2) return { growth: 'linear', exponent: Number.NaN, note: 'too fast to measure at these sizes' };
  const xs = usable.map((p) => Math.log(p.inputChars));
  const ys = usable.map((p) => Math.log(p.timeMs));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? my) - my);
    den += (x - mx) ** 2;
  });
  const exponent = den === 0 ? Number.NaN : num / den;
  // A timeout at the largest size means growth at least as steep as the fit says; never milder.
  const timedOut = points.some((p) => p.timedOut === true);
  const growth = classifyExponent(exponent);
  return timedOut && growth === 'linear' ? { growth: 'quadratic', exponent, note: 'timed out at the largest size' } : { growth, exponent };
}
