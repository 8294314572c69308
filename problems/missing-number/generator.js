/**
 * nums: the values 0..n with one left out, n = size. Sizes above the constraints (the efficiency tier)
 * work the same way.
 */
function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const pick = (count) => Math.floor(rng() * count);
  if (shape === undefined) return [shuffle(without(n, pick(n + 1)), pick)];
  const make = shapes[shape];
  if (make === undefined) throw new Error('unknown shape ' + shape);
  return [make(n, pick)];
}

/**
 * Inputs where the usual slips show: 0 missing (a 1-based loop, a truthy lookup), n missing (a sorted
 * scan with no answer after the loop, n taken as the largest value), ascending and descending order
 * (a scan that assumes or ignores order, a lexicographic sort once n >= 10), and the gap next to an end.
 */
const shapes = {
  'missing zero': (n, pick) => shuffle(without(n, 0), pick),
  'missing n': (n, pick) => shuffle(without(n, n), pick),
  sorted: (n, pick) => without(n, pick(n + 1)),
  'reverse sorted': (n, pick) => without(n, pick(n + 1)).reverse(),
  'gap next to an end': (n, pick) => shuffle(without(n, pick(2) === 0 ? Math.min(1, n) : n - 1), pick),
};

function without(n, missing) {
  const nums = [];
  for (let v = 0; v <= n; v++) if (v !== missing) nums.push(v);
  return nums;
}

function shuffle(values, pick) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
