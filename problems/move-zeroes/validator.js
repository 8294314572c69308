/** LeetCode 283, Move Zeroes: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 1e4, -(2 ** 31), 2 ** 31 - 1);
  return true;
}
