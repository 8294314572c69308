/** LeetCode 312, Burst Balloons: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 300, 0, 100);
  return true;
}
