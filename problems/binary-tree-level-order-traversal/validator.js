/** LeetCode 102, Binary Tree Level Order Traversal: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 0, 2000, -1000, 1000);
  return true;
}
