/** LeetCode 191, Number of 1 Bits: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 1, 2 ** 31 - 1);
  return true;
}
