/**
 * nums of odd length: (n - 1) / 2 distinct values twice each and one more value once. Sizes above the
 * constraints (the efficiency tier) widen the value range so the values stay distinct.
 */
function generate(size, rng, shape) {
  const length = Math.max(1, size % 2 === 1 ? size : size - 1);
  const pairs = (length - 1) / 2;
  const pick = (count) => Math.floor(rng() * count);
  const span = Math.max(30000, length);
  const anyValue = () => pick(2 * span + 1) - span;
  if (shape === undefined) return [shuffle(withSingle(distinctValues(pairs + 1, anyValue)), pick)];
  const make = shapes[shape];
  if (make === undefined) throw new Error('unknown shape ' + shape);
  return [make(pairs, pick, anyValue)];
}

/**
 * Inputs where the usual slips show: pairs side by side (a neighbour check), pairs far apart with the
 * single at either end (a sorted stride that stops one short or starts one late), the single as the
 * smallest or largest value, a value next to its negative (keys on absolute values, a sign slip),
 * zero as the single or as a pair (truthiness), and values at the ends of the range (a count array
 * one short).
 */
const shapes = {
  'pairs adjacent': (pairs, pick, anyValue) => {
    const values = distinctValues(pairs + 1, anyValue);
    const single = values.pop();
    const nums = [];
    for (const v of shuffle(values, pick)) nums.push(v, v);
    nums.splice(2 * pick(pairs + 1), 0, single);
    return nums;
  },
  'pairs far apart': (pairs, pick, anyValue) => {
    const values = distinctValues(pairs + 1, anyValue);
    const single = values.pop();
    const nums = [...shuffle(values.slice(), pick), ...shuffle(values.slice(), pick)];
    nums.splice(pick(2) === 0 ? 0 : nums.length, 0, single);
    return nums;
  },
  'single is an extreme': (pairs, pick, anyValue) => {
    const values = distinctValues(pairs + 1, anyValue).sort((a, b) => a - b);
    const single = pick(2) === 0 ? values.shift() : values.pop();
    return shuffle([...values, ...values, single], pick);
  },
  'value and its negative': (pairs, pick) => {
    const magnitudes = distinctValues(Math.ceil((pairs + 1) / 2), () => 1 + pick(Math.max(20, pairs + 1)));
    const values = [];
    for (const m of magnitudes) values.push(m, -m);
    values.length = pairs + 1;
    const single = values.splice(pick(values.length), 1)[0];
    return shuffle([...values, ...values, single], pick);
  },
  'zero in play': (pairs, pick) => {
    const values = distinctValues(pairs + 1, () => pick(2 * (pairs + 3) + 1) - (pairs + 3));
    if (!values.includes(0)) values[pick(values.length)] = 0;
    const single = values.splice(pick(values.length), 1)[0];
    return shuffle([...values, ...values, single], pick);
  },
  'range ends': (pairs, pick) => {
    const values = distinctValues(pairs + 1, () => (pick(2) === 0 ? 1 : -1) * (30000 - pick(Math.max(3, pairs + 1))));
    return shuffle(withSingle(values), pick);
  },
};

function withSingle(values) {
  const single = values.pop();
  return [...values, ...values, single];
}

function distinctValues(count, draw) {
  const seen = new Set();
  const values = [];
  while (values.length < count) {
    const value = draw();
    if (seen.has(value)) continue;
    seen.add(value);
    values.push(value);
  }
  return values;
}

function shuffle(values, pick) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
