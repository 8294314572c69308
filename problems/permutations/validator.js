/** LeetCode 46, Permutations: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 6, -10, 10);
  distinct('nums', nums);
  return true;
}
