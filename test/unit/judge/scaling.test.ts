import { strict as assert } from 'node:assert';
import { fitGrowth, type ScalingPoint } from '../../../src/judge/scaling';
import { classifyExponent } from '../../../src/vocabulary/growth';

function points(f: (n: number) => number): ScalingPoint[] {
  return [1000, 2000, 4000, 8000].map((n) => ({ size: n, inputChars: n * 6, timeMs: f(n) }));
}

describe('judge / growth fitting', () => {
  it('recovers the exponent of power laws', () => {
    assert.equal(fitGrowth(points((n) => n / 100)).growth, 'linear');
    assert.equal(fitGrowth(points((n) => (n * Math.log2(n)) / 300)).growth, 'n log n');
    assert.equal(fitGrowth(points((n) => (n * n) / 1e5)).growth, 'quadratic');
    assert.equal(fitGrowth(points((n) => (n * n * n) / 1e9)).growth, 'worse');
    assert.ok(Math.abs(fitGrowth(points((n) => (n * n) / 1e5)).exponent - 2) < 1e-9);
  });

  it('refuses to guess from inputs that did not grow or times too small to measure', () => {
    const capped = [1000, 2000, 4000, 8000].map((size) => ({ size, inputChars: 5000, timeMs: 10 }));
    assert.equal(fitGrowth(capped).growth, 'unknown');
    assert.match(fitGrowth(points(() => 0.1)).note ?? '', /too fast/);
  });

  it('classifies exponents at the boundaries', () => {
    assert.equal(classifyExponent(1.0), 'linear');
    assert.equal(classifyExponent(1.3), 'n log n');
    assert.equal(classifyExponent(2.1), 'quadratic');
    assert.equal(classifyExponent(3), 'worse');
    assert.equal(classifyExponent(Number.NaN), 'unknown');
  });
});
