function generate(size, rng) {
  const length = Math.max(1, Math.min(5000, size));
  const values = [];
  for (let i = 0; i < length; i++) values.push(-1000 + Math.floor(rng() * 2001));
  const n = 1 + Math.floor(rng() * length);
  return [values, n];
}
