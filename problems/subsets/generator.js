function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10, size));
  const pool = [];
  for (let v = -10; v <= 10; v++) if (allowed(v, shape)) pool.push(v);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  const nums = pool.slice(0, n);
  if (shape === 'with zero' && !nums.includes(0)) nums[Math.floor(rng() * n)] = 0;
  if (shape === 'sorted') nums.sort((a, b) => a - b);
  if (shape === 'reverse sorted') nums.sort((a, b) => b - a);
  return [nums];
}

/**
 * Sets where shortcuts break: a 0 among the values (a truthiness test reads it as "no element"),
 * negatives only, digits that join into the same string as a two-digit value ([1, 0] and [10] both
 * join to "10", [-1, 0] and [-10] to "-10"), and sorted either way.
 */
function allowed(value, shape) {
  switch (shape) {
    case undefined:
    case 'with zero':
    case 'sorted':
    case 'reverse sorted':
      return true;
    case 'negatives only':
      return value < 0;
    case 'joins collide':
      return [-10, -1, 0, 1, 10].includes(value);
    default:
      throw new Error('unknown shape ' + shape);
  }
}
