/** LeetCode 297, Serialize and Deserialize Binary Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root]) {
  tree('root', root, 0, 1e4, -1000, 1000);
  return true;
}
