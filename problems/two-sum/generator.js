function generate(size, rng, shape) {
  if (shape !== undefined) return shaped(Math.max(2, Math.min(10000, size)), rng, shape);
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(2, size);
  // Fillers are multiples of 4 and the answer values are 1 mod 4 with a target of 2 mod 4,
  // so no other pair can reach the target and the answer is unique.
  const multipleOfFour = () => 4 * (Math.floor(rng() * 500000001) - 250000000);
  const oneModFour = () => 4 * (Math.floor(rng() * 250000001) - 125000000) + 1;
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(multipleOfFour());
  const a = oneModFour();
  const b = oneModFour();
  // The pair sits in the last quarter so scanning every pair from the front is close to its worst case.
  const tail = Math.max(2, Math.floor(n / 4));
  const first = n - tail + Math.floor(rng() * tail);
  let second = n - tail + Math.floor(rng() * tail);
  if (second === first) second = first === n - 1 ? n - 2 : first + 1;
  nums[first] = a;
  nums[second] = b;
  return [nums, a + b];
}

/**
 * Inputs where the usual slips show: values from a tiny range so duplicates abound (a map that keeps
 * the wrong index), the pair starting at index 0 (a truthiness check on the stored index), a lone
 * value equal to half the target (using one element twice), sorted values (returning positions in a
 * sorted copy looks right), and values at the ends of the range (a sum that leaves it).
 * Draws until exactly one pair reaches the target, as the statement promises.
 */
function shaped(n, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const small = () => pick(9) - 4;
  const draw = {
    'many duplicates': small,
    'pair at the front': () => pick(21) - 10,
    'half target present': () => pick(21) - 10,
    sorted: () => pick(41) - 20,
    extremes: () => (rng() < 0.5 ? 1 : -1) * (1e9 - pick(1000)),
  }[shape];
  if (draw === undefined) throw new Error('unknown shape ' + shape);
  for (;;) {
    const nums = Array.from({ length: n }, draw);
    if (shape === 'sorted') nums.sort((x, y) => x - y);
    let first = pick(n);
    let second = pick(n - 1);
    if (second >= first) second += 1;
    if (shape === 'pair at the front') first = 0;
    if (shape === 'pair at the front' && second === 0) second = 1 + pick(n - 1);
    if (shape === 'extremes' && Math.sign(nums[first]) === Math.sign(nums[second])) nums[second] = -nums[second];
    const target = nums[first] + nums[second];
    if (shape === 'half target present') {
      if (n < 3 || target % 2 !== 0 || nums[first] === target / 2) continue;
      const others = [...nums.keys()].filter((i) => i !== first && i !== second);
      nums[others[pick(others.length)]] = target / 2;
    }
    if (pairsReaching(nums, target) === 1) return [nums, target];
  }
}

function pairsReaching(nums, target) {
  const seen = new Map();
  let pairs = 0;
  for (const x of nums) {
    pairs += seen.get(target - x) ?? 0;
    seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  return pairs;
}
