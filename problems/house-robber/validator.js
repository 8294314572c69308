/** LeetCode 198, House Robber: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 100, 0, 400);
  return true;
}
