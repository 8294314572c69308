function generate(size, rng) {
  const n = Math.max(2, size);
  const height = [];
  for (let i = 0; i < n; i++) {
    const roll = rng();
    // Mostly low walls with some tall ones scattered, so the best pair is not simply the two ends.
    height.push(roll < 0.05 ? 9000 + Math.floor(rng() * 1001) : roll < 0.1 ? 0 : Math.floor(rng() * 3000));
  }
  return [height];
}
