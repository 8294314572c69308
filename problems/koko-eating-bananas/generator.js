function generate(size, rng) {
  const n = Math.max(1, Math.min(10000, size));
  const piles = [];
  for (let i = 0; i < n; i++) piles.push(1 + Math.floor(rng() * 1e9));
  // Derive h from a chosen speed near 10^5 so the answer is large but h stays within 10^9.
  const speed = 50000 + Math.floor(rng() * 100000);
  let h = 0;
  for (const pile of piles) h += Math.ceil(pile / speed);
  return [piles, h];
}
