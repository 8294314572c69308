/**
 * LeetCode 1, Two Sum: validate(args) returns true for an input the statement allows, otherwise throws
 * the constraint it breaks. Runs in the sandbox, like the generator.
 */
function validate([nums, target]) {
  ints('nums', nums, 2, 1e4, -1e9, 1e9);
  int('target', target, -1e9, 1e9);
  // Counts pairs i < j summing to target, stopping at two: the statement promises exactly one.
  const seen = new Map();
  let pairs = 0;
  for (const x of nums) {
    pairs += seen.get(target - x) ?? 0;
    if (pairs > 1) break;
    seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  if (pairs !== 1) fail(`exactly one pair of indices i < j must have nums[i] + nums[j] == target (found ${pairs === 0 ? 'none' : 'several'})`);
  return true;
}
