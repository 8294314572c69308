function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const prices = [];
  if (shape === undefined) {
    // A random walk with a slight downward drift, so the best trade is neither the global min nor max.
    let price = 5000 + Math.floor(rng() * 5001);
    for (let i = 0; i < n; i++) {
      price += Math.floor(rng() * 201) - 101;
      if (price < 0) price = Math.floor(rng() * 50);
      if (price > 10000) price = 10000 - Math.floor(rng() * 50);
      prices.push(price);
    }
    return [prices];
  }
  const value = () => Math.floor(rng() * 10001);
  if (shape === 'rising' || shape === 'falling') {
    // Monotone with repeats: the answer is last - first (or 0), which catches "max after min" slips.
    for (let i = 0; i < n; i++) prices.push(Math.floor(rng() * 20));
    prices.sort((a, b) => (shape === 'rising' ? a - b : b - a));
  } else if (shape === 'all equal') {
    const v = value();
    for (let i = 0; i < n; i++) prices.push(v);
  } else if (shape === 'few values') {
    // Prices from {0, 1, 2} with zeros: ties between the cheapest days and buying for free.
    for (let i = 0; i < n; i++) prices.push(Math.floor(rng() * 3));
  } else if (shape === 'zigzag') {
    // Alternating highs and lows, with a late global minimum that must not be bought after the peak.
    for (let i = 0; i < n; i++) prices.push(i % 2 === 0 ? Math.floor(rng() * 5000) + 5000 : Math.floor(rng() * 5000));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [prices];
}
