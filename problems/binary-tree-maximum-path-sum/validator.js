/** LeetCode 124, Binary Tree Maximum Path Sum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 1, 3e4, -1000, 1000);
  return true;
}
