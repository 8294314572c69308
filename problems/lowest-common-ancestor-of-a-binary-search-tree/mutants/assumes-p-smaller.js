/**
 * @param {TreeNode} root
 * @param {TreeNode} p
 * @param {TreeNode} q
 * @return {TreeNode}
 */
var lowestCommonAncestor = function (root, p, q) {
  // Treats p as the smaller value and q as the larger one; p and q come in either order.
  let node = root;
  while (node !== null) {
    if (q.val < node.val) node = node.left;
    else if (p.val > node.val) node = node.right;
    else return node;
  }
  return null;
};
