/** LeetCode 213, House Robber II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums]) {
  ints('nums', nums, 1, 100, 0, 1000);
  return true;
}
