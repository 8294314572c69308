function generate(size, rng) {
  const n = Math.max(1, size);
  const prices = [];
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
