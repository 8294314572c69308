/** LeetCode 704, Binary Search: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, target]) {
  // The bounds are strict: -10^4 < nums[i], target < 10^4.
  ints('nums', nums, 1, 1e4, -1e4 + 1, 1e4 - 1);
  int('target', target, -1e4 + 1, 1e4 - 1);
  for (let i = 1; i < nums.length; i++) {
    if (nums[i - 1] >= nums[i]) fail(`nums must be sorted in ascending order with unique values (nums[${i - 1}] = ${nums[i - 1]}, nums[${i}] = ${nums[i]})`);
  }
  return true;
}
