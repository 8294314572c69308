function generate(size, rng, shape) {
  const n = Math.max(2, Math.min(30000, size));
  const pick = (count) => Math.floor(rng() * count);
  const between = (lo, hi) => lo + pick(hi - lo + 1);
  if (shape === undefined) {
    const target = between(-1000, 1000);
    const a = between(Math.max(-1000, target - 1000), Math.min(1000, target + 1000));
    return withFillers(n, target, a, target - a, -1000, 1000, pick);
  }
  if (shape === 'many duplicates') {
    const target = between(-6, 6);
    const a = between(Math.max(-4, target - 4), Math.min(4, target + 4));
    return withFillers(n, target, a, target - a, -4, 4, pick);
  }
  if (shape === 'equal pair') {
    const half = between(-500, 500);
    return withFillers(n, 2 * half, half, half, -1000, 1000, pick);
  }
  if (shape === 'pair at the ends') {
    const target = between(-1000, 999);
    const a = between(Math.max(-1000, target - 1000), Math.floor((target - 1) / 2));
    return withFillers(n, target, a, target - a, a + 1, target - a - 1, pick);
  }
  if (shape === 'all negative') {
    const a = between(-500, -1);
    const b = between(-500, -1);
    return withFillers(n, a + b, a, b, -1000, -1, pick);
  }
  if (shape === 'range ends') {
    const a = between(-1000, -995);
    const b = between(995, 1000);
    return withFillers(n, a + b, a, b, -1000, 1000, pick, (v) => Math.abs(v) >= 990);
  }
  throw new Error('unknown shape ' + shape);
}

/**
 * The pair a + b = target plus n - 2 fillers from [lo, hi] (repeats allowed), sorted. A filler value is
 * kept only when its complement is neither another filler nor a or b and it is not half the target, so
 * the pair stays the only one, as the statement promises. Shapes where the usual slips show: tiny value
 * ranges with many repeats (a pointer that skips runs), the pair made of two equal values (a search
 * that finds the element itself), the pair at both ends, all-negative values and the range's ends.
 */
function withFillers(n, target, a, b, lo, hi, pick, allowed = () => true) {
  const candidates = [];
  for (let v = lo; v <= hi; v++) if (allowed(v)) candidates.push(v);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }
  const fillers = new Set();
  for (const v of candidates) {
    if (v === a || v === b || 2 * v === target || fillers.has(target - v)) continue;
    fillers.add(v);
  }
  const pool = [...fillers];
  const numbers = [a, b];
  for (let i = 2; i < n && pool.length > 0; i++) numbers.push(pool[pick(pool.length)]);
  numbers.sort((x, y) => x - y);
  return [numbers, target];
}
