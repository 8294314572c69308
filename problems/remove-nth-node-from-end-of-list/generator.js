function generate(size, rng) {
  const length = Math.max(1, Math.min(30, size));
  const values = [];
  for (let i = 0; i < length; i++) values.push(Math.floor(rng() * 101));
  const n = 1 + Math.floor(rng() * length);
  return [values, n];
}
