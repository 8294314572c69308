function generate(size, rng) {
  const count = Math.max(1, Math.min(30, size));
  const pool = [];
  for (let v = 2; v <= 40; v++) pool.push(v);
  // Favour small values so the target has many decompositions.
  pool.sort((a, b) => a * (0.5 + rng()) - b * (0.5 + rng()));
  const candidates = pool.slice(0, count);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = candidates[i];
    candidates[i] = candidates[j];
    candidates[j] = t;
  }
  let target = 30 + Math.floor(rng() * 11);
  // LeetCode promises fewer than 150 combinations: lower the target until that holds.
  while (target > 1 && combinations(candidates, target) >= 150) target--;
  return [candidates, target];
}

/** Combinations of candidates (each reusable, order ignored) summing to target, counted like coin change. */
function combinations(candidates, target) {
  const ways = new Array(target + 1).fill(0);
  ways[0] = 1;
  for (const c of candidates) for (let t = c; t <= target; t++) ways[t] += ways[t - c];
  return ways[target];
}
