/** LeetCode 153, Find Minimum in Rotated Sorted Array: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 5000, -5000, 5000);
  distinct('nums', nums);
  // An ascending array rotated 1..n times has at most one place where a value is below its predecessor,
  // and when it has one, the last value is below the first.
  let drops = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i] < nums[i - 1]) drops++;
  const n = nums.length;
  if (drops > 1 || (drops === 1 && nums[n - 1] > nums[0])) fail('nums must be an ascending array rotated between 1 and n times');
  return true;
}
