/** LeetCode 51, N-Queens: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n]) {
  int('n', n, 1, 9);
  return true;
}
