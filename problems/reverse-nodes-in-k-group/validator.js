/** LeetCode 25, Reverse Nodes in k-Group: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([head, k]) {
  ints('head', head, 1, 5000, 0, 1000);
  int('k', k, 1, head.length);
  return true;
}
