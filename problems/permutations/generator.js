function generate(size, rng) {
  const n = Math.max(1, Math.min(6, size));
  const pool = [];
  for (let v = -10; v <= 10; v++) pool.push(v);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return [pool.slice(0, n)];
}
