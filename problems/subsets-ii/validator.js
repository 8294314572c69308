/** LeetCode 90, Subsets II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 10, -10, 10);
  return true;
}
