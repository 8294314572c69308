/** LeetCode 33, Search in Rotated Sorted Array: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, target]) {
  ints('nums', nums, 1, 5000, -1e4, 1e4);
  int('target', target, -1e4, 1e4);
  distinct('nums', nums);
  // An ascending array rotated at most once: one descent at most, and then the end below the start.
  let descents = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i - 1] > nums[i]) descents++;
  if (descents > 1 || (descents === 1 && nums[nums.length - 1] > nums[0])) fail('nums must be an ascending array, possibly rotated');
  return true;
}
