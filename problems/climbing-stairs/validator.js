/** LeetCode 70, Climbing Stairs: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 1, 45);
  return true;
}
