function generate(size, rng, shape) {
  if (shape === undefined) return distinctFromPool(size, rng);
  const n = Math.max(1, Math.min(6, size));
  switch (shape) {
    // Already in order, either way: a swap-based permutation that assumes nothing about order still
    // must produce every arrangement once.
    case 'sorted':
      return [distinctFromPool(n, rng)[0].sort((a, b) => a - b)];
    case 'reverse sorted':
      return [distinctFromPool(n, rng)[0].sort((a, b) => b - a)];
    // Values around zero: a `used` check written as `if (!value)` or `if (index)` skips 0 or index 0.
    case 'around zero': {
      const pool = [-3, -2, -1, 0, 1, 2, 3];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      const nums = pool.slice(0, n);
      if (!nums.includes(0)) nums[Math.floor(rng() * n)] = 0;
      return [nums];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function distinctFromPool(size, rng) {
  const n = Math.max(1, Math.min(6, size));
  const pool = [];
  for (let v = -10; v <= 10; v++) pool.push(v);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return [pool.slice(0, n)];
}
