/** LeetCode 7, Reverse Integer: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([x]) {
  int('x', x, -(2 ** 31), 2 ** 31 - 1);
  return true;
}
