/** LeetCode 268, Missing Number: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  array('nums', nums, 1, 1e4);
  ints('nums', nums, 1, 1e4, 0, nums.length);
  distinct('nums', nums);
  return true;
}
