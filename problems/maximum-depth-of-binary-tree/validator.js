/** LeetCode 104, Maximum Depth of Binary Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 0, 1e4, -100, 100);
  return true;
}
