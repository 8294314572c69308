function generate(size, rng) {
  const amount = Math.max(0, Math.min(10000, size));
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
