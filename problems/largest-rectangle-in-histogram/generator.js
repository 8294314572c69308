function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  const pick = (count) => Math.floor(rng() * count);
  const bars = (f) => Array.from({ length: n }, (_, i) => f(i));
  if (shape === undefined) {
    const top = n < 1000 ? 10 : 10001;
    return [bars(() => pick(top))];
  }
  if (shape === 'sorted') return [bars(() => pick(n < 1000 ? 8 : 10001)).sort((a, b) => a - b)];
  if (shape === 'reverse sorted') return [bars(() => pick(n < 1000 ? 8 : 10001)).sort((a, b) => b - a)];
  if (shape === 'few values') return [bars(() => pick(3))];
  if (shape === 'zeros split') return [bars(() => (rng() < 0.25 ? 0 : 1 + pick(6)))];
  if (shape === 'all equal') {
    const h = pick(n < 1000 ? 6 : 10001);
    return [bars(() => h)];
  }
  if (shape === 'valley') return [bars((i) => Math.min(10000, Math.abs(2 * i - n) + pick(2)))];
  throw new Error('unknown shape ' + shape);
}
