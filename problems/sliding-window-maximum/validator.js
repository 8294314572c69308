/** LeetCode 239, Sliding Window Maximum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums, k]) {
  ints('nums', nums, 1, 1e5, -1e4, 1e4);
  int('k', k, 1, nums.length);
  return true;
}
