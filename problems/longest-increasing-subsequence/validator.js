/** LeetCode 300, Longest Increasing Subsequence: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 2500, -1e4, 1e4);
  return true;
}
