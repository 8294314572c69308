function generate(size, rng, shape) {
  if (shape === undefined) return randomValues(size, rng);
  const n = Math.max(0, Math.min(5000, size));
  const value = () => -5000 + Math.floor(rng() * 10001);
  switch (shape) {
    // Ascending values: the reversed list must come out descending.
    case 'sorted':
      return [Array.from({ length: n }, value).sort((a, b) => a - b)];
    // The same value everywhere: only the length shows a dropped or repeated node.
    case 'all equal': {
      const v = value();
      return [Array.from({ length: n }, () => v)];
    }
    // Values from {-1, 0, 1}: zeros that a truthiness check (`while (node.val)`) stops at.
    case 'few distinct values':
      return [Array.from({ length: n }, () => Math.floor(rng() * 3) - 1)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function randomValues(size, rng) {
  const n = Math.max(0, Math.min(5000, size));
  const values = [];
  for (let i = 0; i < n; i++) values.push(-5000 + Math.floor(rng() * 10001));
  return [values];
}
