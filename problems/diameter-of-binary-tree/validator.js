/** LeetCode 543, Diameter of Binary Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 1, 1e4, -100, 100);
  return true;
}
