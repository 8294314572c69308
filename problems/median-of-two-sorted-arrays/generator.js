/**
 * [nums1, nums2], each sorted, each of length 0..size (at least one value in all), values in
 * [-10^6, 10^6]. The shapes put the arrays where median slips show: any lengths and values, one array
 * empty, disjoint ranges (every value of one array below every value of the other), many duplicates
 * (values from a handful), interleaved (the arrays alternate), and a single value against a longer array.
 */
function generate(size, rng, shape) {
  const cap = Math.max(1, Math.floor(size));
  const pick = (count) => Math.floor(rng() * count);
  const between = (lo, hi) => lo + pick(hi - lo + 1);
  const sortedOf = (length, draw) => Array.from({ length }, draw).sort((a, b) => a - b);
  const anyValue = () => between(-1e6, 1e6);
  const lengths = () => {
    let m = pick(cap + 1);
    let n = pick(cap + 1);
    if (m + n === 0) n = 1;
    return [m, n];
  };
  if (shape === undefined || shape === 'any') {
    const [m, n] = lengths();
    const spread = [10, 100, 1e6][pick(3)];
    const value = () => between(-spread, spread);
    return [sortedOf(m, value), sortedOf(n, value)];
  }
  if (shape === 'one empty') {
    const a = sortedOf(1 + pick(cap), anyValue);
    return pick(2) === 0 ? [a, []] : [[], a];
  }
  if (shape === 'disjoint ranges') {
    const [m, n] = lengths();
    const cut = between(-1000, 1000);
    const low = sortedOf(m, () => between(-1e6, cut));
    const high = sortedOf(n, () => between(cut, 1e6));
    return pick(2) === 0 ? [low, high] : [high, low];
  }
  if (shape === 'many duplicates') {
    const [m, n] = lengths();
    const base = between(-100, 100);
    const value = () => base + pick(3);
    return [sortedOf(m, value), sortedOf(n, value)];
  }
  if (shape === 'interleaved') {
    const [m, n] = lengths();
    const all = sortedOf(m + n, () => between(-1000, 1000));
    const a = [];
    const b = [];
    all.forEach((v, i) => ((i % 2 === 0 && a.length < m) || b.length >= n ? a : b).push(v));
    return [a, b];
  }
  if (shape === 'single against many') {
    const single = [anyValue()];
    const many = sortedOf(1 + pick(cap), anyValue);
    return pick(2) === 0 ? [single, many] : [many, single];
  }
  throw new Error('unknown shape ' + shape);
}
