function generate(size, rng, shape) {
  const count = Math.max(1, Math.min(30, size));
  if (shape !== undefined) return shaped(count, rng, shape);
  const pool = [];
  for (let v = 2; v <= 40; v++) pool.push(v);
  // Favour small values so the target has many decompositions: each value weighs itself times a random
  // factor drawn once, so the comparator is consistent and every engine sorts the pool alike.
  const weight = new Map(pool.map((v) => [v, v * (0.5 + rng())]));
  pool.sort((a, b) => weight.get(a) - weight.get(b));
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

/**
 * Few candidates drawn from a narrow range, in the arrangements where pruning and de-duplication slips
 * show: dense small values (many combinations), parity with no answer, large values that fit once.
 */
function shaped(count, rng, shape) {
  const pick = (lo, hi, k) => {
    const seen = new Set();
    while (seen.size < Math.min(k, hi - lo + 1)) seen.add(lo + Math.floor(rng() * (hi - lo + 1)));
    return Array.from(seen);
  };
  const few = Math.min(count, 6);
  let candidates;
  let target;
  if (shape === 'small values') {
    candidates = pick(2, 9, few);
    target = 1 + Math.floor(rng() * 20);
  } else if (shape === 'even values, odd target') {
    candidates = pick(1, 10, few).map((v) => 2 * v);
    target = 1 + 2 * Math.floor(rng() * 20);
  } else if (shape === 'large values') {
    // Candidates of 15..40: most fit at most twice, and some exceed the target.
    candidates = pick(15, 40, few);
    target = 15 + Math.floor(rng() * 26);
  } else if (shape === 'contains the target') {
    candidates = pick(2, 20, few);
    target = candidates[Math.floor(rng() * candidates.length)];
  } else {
    throw new Error('unknown shape ' + shape);
  }
  while (target > 1 && combinations(candidates, target) >= 150) target--;
  return [candidates, target];
}
