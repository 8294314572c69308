/** LeetCode 572, Subtree of Another Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root, subRoot]) {
  tree('root', root, 1, 2000, -1e4, 1e4);
  tree('subRoot', subRoot, 1, 1000, -1e4, 1e4);
  return true;
}
