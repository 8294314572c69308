/** LeetCode 53, Maximum Subarray: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 1e5, -1e4, 1e4);
  return true;
}
