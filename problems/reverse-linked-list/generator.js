function generate(size, rng) {
  const n = Math.max(0, Math.min(5000, size));
  const values = [];
  for (let i = 0; i < n; i++) values.push(-5000 + Math.floor(rng() * 10001));
  return [values];
}
