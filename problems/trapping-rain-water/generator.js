function generate(size, rng) {
  const n = Math.max(1, Math.min(20000, size));
  const height = [];
  // A random walk gives valleys and ridges of every width; clamp to the allowed range.
  let level = Math.floor(rng() * 100001);
  for (let i = 0; i < n; i++) {
    level += Math.floor(rng() * 4001) - 2000;
    if (level < 0) level = 0;
    if (level > 100000) level = 100000;
    height.push(rng() < 0.05 ? Math.floor(rng() * 100001) : level);
  }
  return [height];
}
