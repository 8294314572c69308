function generate(size, rng, shape) {
  // size is n; no upper cap, for the efficiency tier (hidden tests stay within n <= 5000).
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const prices = [];
  switch (shape) {
    case undefined:
      for (let i = 0; i < n; i++) prices.push(between(0, 1000));
      break;
    case 'small values':
      // Prices 0..5: many ties, and trades worth only 1 or 2 compete with the cooldown.
      for (let i = 0; i < n; i++) prices.push(between(0, 5));
      break;
    case 'zigzag': {
      // Up and down day by day: a sale is usually followed by a cheap day that the cooldown forbids.
      let p = between(0, 100);
      for (let i = 0; i < n; i++) {
        prices.push(p);
        const step = between(1, 60);
        p = i % 2 === 0 ? Math.min(1000, p + step) : Math.max(0, p - between(1, 60));
      }
      break;
    }
    case 'random walk': {
      // Small moves from a random start: long rises and falls, with dips of one or two days.
      let p = between(200, 800);
      for (let i = 0; i < n; i++) {
        prices.push(p);
        p = Math.max(0, Math.min(1000, p + between(-20, 20)));
      }
      break;
    }
    case 'spikes':
      // A low base with single-day spikes, sometimes on neighbouring days.
      for (let i = 0; i < n; i++) prices.push(rng() < 0.3 ? between(500, 1000) : between(0, 50));
      break;
    case 'decreasing':
      // Falling prices with rare small rebounds: most states are worth 0.
      for (let i = 0; i < n; i++) prices.push(between(0, 1000));
      prices.sort((a, b) => b - a);
      for (let i = 1; i < n; i++) if (rng() < 0.05) [prices[i - 1], prices[i]] = [prices[i], prices[i - 1]];
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [prices];
}
