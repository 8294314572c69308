/** LeetCode 199, Binary Tree Right Side View: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 0, 100, -100, 100);
  return true;
}
