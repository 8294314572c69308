/** LeetCode 98, Validate Binary Search Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 1, 1e4, -(2 ** 31), 2 ** 31 - 1);
  return true;
}
