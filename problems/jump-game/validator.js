/** LeetCode 55, Jump Game: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 1e4, 0, 1e5);
  return true;
}
