/** LeetCode 746, Min Cost Climbing Stairs: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([cost]) {
  ints('cost', cost, 2, 1000, 0, 999);
  return true;
}
