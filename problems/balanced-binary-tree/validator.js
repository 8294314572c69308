/** LeetCode 110, Balanced Binary Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 0, 5000, -1e4, 1e4);
  return true;
}
