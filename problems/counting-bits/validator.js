/** LeetCode 338, Counting Bits: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 0, 1e5);
  return true;
}
