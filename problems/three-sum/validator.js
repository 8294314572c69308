/** LeetCode 15, 3Sum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 3, 3000, -1e5, 1e5);
  return true;
}
