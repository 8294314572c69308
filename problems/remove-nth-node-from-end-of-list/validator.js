/** LeetCode 19, Remove Nth Node From End of List: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head, n]) {
  ints('head', head, 1, 30, 0, 100);
  int('n', n, 1, head.length);
  return true;
}
