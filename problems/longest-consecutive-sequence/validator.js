/** LeetCode 128, Longest Consecutive Sequence: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 0, 1e5, -1e9, 1e9);
  return true;
}
