function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  const pick = (count) => Math.floor(rng() * count);
  const anyValue = () => pick(2000000001) - 1000000000;
  if (shape === undefined) {
    // Half the inputs are all distinct (the whole array must be read), half hide one repeat far apart.
    const nums = distinctValues(n, anyValue);
    if (rng() < 0.5 && n > 1) plantFarPair(nums, pick);
    return [nums];
  }
  const make = shapes[shape];
  if (make === undefined) throw new Error('unknown shape ' + shape);
  return [make(n, rng, pick)];
}

/**
 * Inputs where the usual slips show: all distinct (a check that stops early or only compares
 * neighbours), one pair far apart in otherwise distinct values (comparing neighbours without sorting,
 * a loop that stops before the last element), values with their negatives (keys built from absolute
 * values), repeated zeros among distinct values (comparing sums), a tiny value range (many repeats),
 * and values at the ends of the range.
 */
const shapes = {
  'all distinct': (n, rng, pick) => distinctValues(n, () => pick(2000000001) - 1000000000),
  'one pair far apart': (n, rng, pick) => {
    // A narrow range at small sizes, widened so that a large input still has enough distinct values.
    const span = Math.max(1000, 2 * n);
    const nums = distinctValues(Math.max(2, n), () => pick(2 * span + 1) - span);
    plantFarPair(nums, pick);
    return nums;
  },
  'value and its negative': (n, rng, pick) => {
    const magnitudes = distinctValues(Math.ceil(n / 2), () => 1 + pick(Math.max(50, n)));
    const nums = [];
    for (const m of magnitudes) nums.push(m, -m);
    nums.length = n;
    if (rng() < 0.5) nums[pick(n)] = nums[pick(n)];
    return shuffle(nums, pick);
  },
  'repeated zero': (n, rng, pick) => {
    const nums = distinctValues(n, () => (pick(2) === 0 ? 1 : -1) * (1 + pick(Math.max(30, n))));
    nums[pick(n)] = 0;
    if (n > 1 && rng() < 0.7) {
      let other = pick(n - 1);
      if (nums[other] === 0) other = n - 1;
      nums[other] = 0;
    }
    return nums;
  },
  'tiny value range': (n, rng, pick) => Array.from({ length: n }, () => pick(7) - 3),
  'range ends': (n, rng, pick) => {
    const nums = distinctValues(n, () => (pick(2) === 0 ? 1 : -1) * (1000000000 - pick(Math.max(4, n))));
    if (n > 1 && rng() < 0.5) nums[pick(n)] = nums[pick(n)];
    return nums;
  },
};

function distinctValues(n, draw) {
  const seen = new Set();
  const nums = [];
  while (nums.length < n) {
    const value = draw();
    if (seen.has(value)) continue;
    seen.add(value);
    nums.push(value);
  }
  return nums;
}

/** Copies a value from the first quarter onto a position in the last quarter: the only repeat. */
function plantFarPair(nums, pick) {
  const quarter = Math.max(1, Math.floor(nums.length / 4));
  const from = pick(quarter);
  const to = Math.max(from + 1, nums.length - 1 - pick(quarter));
  nums[to] = nums[from];
}

function shuffle(values, pick) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
