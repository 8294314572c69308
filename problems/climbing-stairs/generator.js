function generate(size, rng, shape) {
  // The constraint caps n at 45; size asks for "about this big" and is clamped to it.
  const top = Math.max(1, Math.min(45, size));
  if (shape === undefined) {
    const low = Math.max(1, top - 3);
    return [low + Math.floor(rng() * (top - low + 1))];
  }
  // The base cases and the largest answers (above 2^30) are where slips show.
  if (shape === 'base cases') return [1 + Math.floor(rng() * 3)];
  if (shape === 'odd') return [Math.min(45, 2 * Math.floor(rng() * (top + 1)) + 1)];
  if (shape === 'even') return [2 * (1 + Math.floor(rng() * Math.min(22, top)))];
  if (shape === 'near the top') return [40 + Math.floor(rng() * 6)];
  throw new Error('unknown shape ' + shape);
}
