/** LeetCode 494, Target Sum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, target]) {
  ints('nums', nums, 1, 20, 0, 1000);
  let total = 0;
  for (const x of nums) total += x;
  if (total > 1000) fail('sum(nums) must be between 0 and 1000');
  int('target', target, -1000, 1000);
  return true;
}
