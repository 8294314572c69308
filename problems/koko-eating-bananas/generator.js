function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10000, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  const piles = [];
  for (let i = 0; i < n; i++) piles.push(1 + Math.floor(rng() * 1e9));
  // Derive h from a chosen speed near 10^5 so the answer is large but h stays within 10^9.
  const speed = 50000 + Math.floor(rng() * 100000);
  let h = 0;
  for (const pile of piles) h += Math.ceil(pile / speed);
  return [piles, h];
}

/**
 * Small piles where the binary search's bounds and the hour count's rounding decide: one hour per pile
 * (the answer is the largest pile), far more hours than bananas (speed 1), an h that a speed meets
 * exactly (an off-by-one in "hours <= h" shows), and identical piles.
 */
function shaped(n, rng, shape) {
  const piles = [];
  for (let i = 0; i < n; i++) piles.push(1 + Math.floor(rng() * 30));
  const hoursAt = (speed) => piles.reduce((sum, pile) => sum + Math.ceil(pile / speed), 0);
  if (shape === 'one hour per pile') return [piles, n];
  if (shape === 'plenty of time') return [piles, hoursAt(1) + Math.floor(rng() * 1000)];
  if (shape === 'exact fit') return [piles, hoursAt(1 + Math.floor(rng() * 30))];
  if (shape === 'all equal') {
    const same = piles.map(() => piles[0]);
    return [same, n + Math.floor(rng() * n * piles[0])];
  }
  throw new Error('unknown shape ' + shape);
}
