/** LeetCode 1448, Count Good Nodes in Binary Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 1, 1e5, -1e4, 1e4);
  return true;
}
