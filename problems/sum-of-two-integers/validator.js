/** LeetCode 371, Sum of Two Integers: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([a, b]) {
  int('a', a, -1000, 1000);
  int('b', b, -1000, 1000);
  return true;
}
