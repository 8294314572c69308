/**
 * One call sequence: the constructor with k and nums, then `adds` calls to add.
 * Default: nums.length and the number of adds both follow size (up to LeetCode's 10^4). A size above 10^4
 * asks the efficiency tier's input (tests.json efficiency): size values in nums, size adds and k = size / 2,
 * beyond the constraints by design.
 */
function generate(size, rng, shape) {
  const calls = Math.max(1, size);
  const any = () => Math.floor(rng() * 20001) - 10000;
  const narrow = () => Math.floor(rng() * 21) - 10;
  switch (shape) {
    case undefined: {
      if (size > 10000) return build(Math.floor(size / 2), randomList(size, any), randomList(size, any));
      const n = size >= 1000 ? size : Math.floor(rng() * (size + 1));
      const value = size <= 50 && rng() < 0.5 ? narrow : any;
      return build(1 + Math.floor(rng() * (n + 1)), randomList(n, value), randomList(calls, value));
    }
    // No starting values: the heap is built by add alone, and k can only be 1.
    case 'empty nums':
      return build(1, [], randomList(calls, narrow));
    // k = nums.length + 1: the first add is the first time k values exist.
    case 'k is n plus one': {
      const n = calls >= 1000 ? calls : Math.floor(rng() * (calls + 1));
      return build(n + 1, randomList(n, narrow), randomList(calls, narrow));
    }
    // k = 1: add returns the running maximum.
    case 'k is 1': {
      const n = calls >= 1000 ? calls : Math.floor(rng() * (calls + 1));
      return build(1, randomList(n, narrow), randomList(calls, narrow));
    }
    // Values from {-1, 0, 1}: ties at the k-th place, and 0 as an answer.
    case 'duplicates': {
      const n = Math.floor(rng() * (calls + 1));
      const value = () => Math.floor(rng() * 3) - 1;
      return build(1 + Math.floor(rng() * (n + 1)), randomList(n, value), randomList(calls, value));
    }
    // Adds in falling order: after the first few, new values rarely reach the top k.
    case 'falling adds':
    // Adds in rising order: each value enters the top k and pushes the k-th largest out.
    case 'rising adds': {
      const n = calls >= 1000 ? calls : Math.floor(rng() * (calls + 1));
      const value = calls >= 1000 ? any : () => Math.floor(rng() * 81) - 40;
      const adds = randomList(calls, value).sort((a, b) => (shape === 'rising adds' ? a - b : b - a));
      return build(1 + Math.floor(rng() * (n + 1)), randomList(n, narrow), adds);
    }
    // Only the ends of the value range and 0, multi-digit and negative (a default sort orders them as text).
    case 'extremes': {
      const pick = [-10000, -9999, -100, -9, 0, 9, 10, 100, 9999, 10000];
      const value = () => pick[Math.floor(rng() * pick.length)];
      const n = Math.floor(rng() * (calls + 1));
      return build(1 + Math.floor(rng() * (n + 1)), randomList(n, value), randomList(calls, value));
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function randomList(length, value) {
  const list = [];
  for (let i = 0; i < length; i++) list.push(value());
  return list;
}

function build(k, nums, adds) {
  const operations = ['KthLargest'];
  const args = [[k, nums]];
  for (const val of adds) {
    operations.push('add');
    args.push([val]);
  }
  return [operations, args];
}
