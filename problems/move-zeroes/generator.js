function generate(size, rng, shape) {
  if (shape === undefined) return zeroHeavy(size, rng);
  const n = Math.max(1, Math.min(10000, size));
  const nonZero = () => (Math.floor(rng() * 19) - 9 || 1);
  switch (shape) {
    // Zeros in runs at the front: a splice loop that steps past the next zero after removing one misses it.
    case 'zeros first': {
      const zeros = Math.floor(rng() * (n + 1));
      return [Array.from({ length: n }, (_, i) => (i < zeros ? 0 : nonZero()))];
    }
    // Every other value a zero, in either phase.
    case 'alternating zeros': {
      const phase = rng() < 0.5 ? 0 : 1;
      return [Array.from({ length: n }, (_, i) => (i % 2 === phase ? 0 : nonZero()))];
    }
    // Only -1, 0 and 1: many zeros, and falsy or sign-based checks (nums[i] > 0) go wrong.
    case 'few distinct values':
      return [Array.from({ length: n }, () => Math.floor(rng() * 3) - 1)];
    // No zero at all, or nothing but zeros.
    case 'no zeros or all zeros': {
      const allZero = rng() < 0.5;
      return [Array.from({ length: n }, () => (allZero ? 0 : nonZero()))];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function zeroHeavy(size, rng) {
  const n = Math.max(1, Math.min(10000, size));
  const nums = new Array(n);
  // Nine zeros in ten is the worst case for shifting the rest left once per zero: about n^2 moves.
  const zeroShare = rng() < 0.35 ? 0.9 : 0.3 + rng() * 0.4;
  for (let i = 0; i < n; i++) {
    if (rng() < zeroShare) nums[i] = 0;
    else nums[i] = Math.floor(rng() * 4294967296) - 2147483648 || 1;
  }
  return [nums];
}
