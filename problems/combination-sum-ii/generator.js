function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100, size));
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const valuesIn = (count, low, high) => Array.from({ length: count }, () => random(low, high));
  switch (shape) {
    case undefined:
      // Maximum scale: many repeats of small values and the largest target, so skipping equal
      // values at the same depth is what keeps the search from branching on every copy.
      return [valuesIn(n, 1, 12), 30];
    case 'random values':
      return [valuesIn(n, 1, 50), random(1, 30)];
    case 'small values with repeats':
      // Values 1..6: the same value many times, and the same sum reached by several multisets.
      return [valuesIn(n, 1, 6), random(1, 30)];
    case 'all equal': {
      const v = random(1, 10);
      return [new Array(n).fill(v), random(1, 30)];
    }
    case 'large values':
      // Most values exceed the target or fit only once; a few small ones complete the sums.
      return [valuesIn(n, 8, 50), random(8, 30)];
    case 'target in the list': {
      const candidates = valuesIn(n, 1, 30);
      return [candidates, candidates[random(0, n - 1)]];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
