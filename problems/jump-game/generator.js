function generate(size, rng, shape) {
  // No upper cap on size, so the efficiency tier can go past 10^4; named shapes keep values small.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  if (shape === undefined) {
    // Every index of the first half can jump half the array, into a second half of zeros: the naive
    // search tries each of those n / 2 jump lengths before giving up, O(n^2), while the greedy is O(n).
    // Only the last index of the first half reaches the end, so the answer is true.
    const half = Math.floor(n / 2);
    const nums = Array.from({ length: n }, (_, i) => (i < half ? Math.min(1e5, half + (n % 2)) : 0));
    return [nums];
  }
  switch (shape) {
    case 'small steps':
      return [Array.from({ length: n }, () => below(3))];
    case 'zero wall': {
      // Every index before the wall lands at most on it, and the wall is a 0: false unless the wall is last.
      const wall = below(n);
      const nums = Array.from({ length: n }, (_, i) => (i < wall ? below(wall - i + 1) : below(4)));
      nums[wall] = 0;
      return [nums];
    }
    case 'big jumps':
      return [Array.from({ length: n }, () => (rng() < 0.6 ? 0 : below(n + 2)))];
    case 'ones with one gap': {
      const nums = new Array(n).fill(1);
      nums[below(n)] = 0;
      if (rng() < 0.5 && n > 2) nums[below(n - 2)] = 2;
      return [nums];
    }
    // The worst cases below are fixed arrays of length n (no randomness).
    case 'all ones':
      return [new Array(n).fill(1)];
    case 'ones, zero second to last': {
      const nums = new Array(n).fill(1);
      if (n > 1) nums[n - 2] = 0;
      return [nums];
    }
    case 'n - 1 then zeros': {
      const nums = new Array(n).fill(0);
      nums[0] = n - 1;
      return [nums];
    }
    case 'n - 2 then zeros': {
      const nums = new Array(n).fill(0);
      nums[0] = Math.max(0, n - 2);
      return [nums];
    }
    case 'all 10^5':
      return [new Array(n).fill(1e5)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
