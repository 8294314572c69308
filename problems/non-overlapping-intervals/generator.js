function generate(size, rng) {
  const n = Math.max(1, Math.min(20000, size));
  const intervals = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(rng() * 100000) - 50000;
    const length = 1 + Math.floor(rng() * (rng() < 0.9 ? 10 : 2000));
    intervals.push([start, Math.min(50000, start + length)]);
  }
  return [intervals.map(([s, e]) => (s < e ? [s, e] : [s - 1, e]))];
}
