function generate(size, rng, shape) {
  const amount = Math.max(0, Math.min(10000, size));
  if (shape !== undefined) return shaped(amount, rng, shape);
  // One input in four is the worst case for plain recursion: all twelve denominations small enough
  // to use, so trying every coin at every step branches twelve ways, amount / min coin levels deep.
  const worstCase = rng() < 0.25;
  const count = worstCase ? 12 : 1 + Math.floor(rng() * 12);
  const seen = new Set();
  while (seen.size < count) {
    // Mostly mid-sized denominations so the table is dense, with the odd huge coin that never fits.
    const huge = !worstCase && rng() < 0.1;
    seen.add(huge ? 2147483647 - Math.floor(rng() * 1000) : 2 + Math.floor(rng() * 400));
  }
  return [Array.from(seen), amount];
}

/** Small denominations in the arrangements that break shortcuts: greedy traps, parity, coins that never fit. */
function shaped(amount, rng, shape) {
  const pickDistinct = (count, lo, hi) => {
    const seen = new Set();
    while (seen.size < count) seen.add(lo + Math.floor(rng() * (hi - lo + 1)));
    return Array.from(seen);
  };
  if (shape === 'small coins') return [pickDistinct(1 + Math.floor(rng() * 4), 1, 12), amount];
  if (shape === 'even coins') {
    // Every sum is even: odd amounts have no answer.
    return [pickDistinct(1 + Math.floor(rng() * 3), 1, 6).map((c) => 2 * c), amount];
  }
  if (shape === 'greedy trap') {
    // Like [1, 3, 4] for 6: the largest coin first uses more coins than two middle ones.
    const a = 2 + Math.floor(rng() * 5);
    const coins = [1, a, a + 1 + Math.floor(rng() * 2)];
    if (rng() < 0.5) coins.reverse();
    return [coins, rng() < 0.5 ? 2 * a : amount];
  }
  if (shape === 'huge coins') {
    // Denominations far beyond the amount beside small ones: an index past the table, or an overflowing sum.
    const coins = pickDistinct(1 + Math.floor(rng() * 3), 2, 9);
    coins.push(2147483647 - Math.floor(rng() * 3), 100000 + Math.floor(rng() * 1000));
    return [coins, amount];
  }
  throw new Error('unknown shape ' + shape);
}
