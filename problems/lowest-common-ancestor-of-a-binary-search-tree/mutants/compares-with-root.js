/**
 * @param {TreeNode} root
 * @param {TreeNode} p
 * @param {TreeNode} q
 * @return {TreeNode}
 */
var lowestCommonAncestor = function (root, p, q) {
  let node = root;
  while (node !== null) {
    // Compares with root.val instead of node.val, so it keeps turning the way the root said.
    if (p.val < root.val && q.val < root.val) node = node.left;
    else if (p.val > root.val && q.val > root.val) node = node.right;
    else return node;
  }
  return null;
};
