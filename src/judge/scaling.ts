/**
 * Fits how a solution's running time grows from the points measureScaling takes; the exponent
 * maths lives in core/growth, shared with the debrief that compares the fit with the reference's.
 */
import type { ScalingPoint as MeasuredPoint } from '../vocabulary/growth';
import { classifyExponent, fitExponent, MIN_MEASURABLE_MS, type Growth } from '../vocabulary/growth';


/** A point as the session log records it (size asked of the generator, times), plus what the fit uses. */
export interface ScalingPoint extends MeasuredPoint {
  /** Characters of the generated input, the size actually measured against. */
  inputChars: number;
}

export interface ScalingReport {
  points: ScalingPoint[];
  growth: Growth;
  /** Fitted exponent k in time ≈ c · size^k. */
  exponent: number;
  note?: string;
}

export function fitGrowth(points: readonly ScalingPoint[]): { growth: Growth; exponent: number; note?: string } {
  if (points.length < 2) return { growth: 'unknown', exponent: Number.NaN, note: 'fewer than two sizes could be measured' };
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && last.inputChars < first.inputChars * 1.5) {
    return { growth: 'unknown', exponent: Number.NaN, note: 'the generator does not produce larger inputs at larger sizes' };
  }
  if (points.filter((p) => p.timeMs >= MIN_MEASURABLE_MS).length < 2) {
    return { growth: 'linear', exponent: Number.NaN, note: 'too fast to measure at these sizes' };
  }
  const exponent = fitExponent(points.map((p) => ({ size: p.inputChars, timeMs: p.timeMs })));
  // A timeout at the largest size means growth at least as steep as the fit says; never milder.
  const timedOut = points.some((p) => p.timedOut === true);
  const growth = classifyExponent(exponent);
  return timedOut && growth === 'linear' ? { growth: 'quadratic', exponent, note: 'timed out at the largest size' } : { growth, exponent };
}
