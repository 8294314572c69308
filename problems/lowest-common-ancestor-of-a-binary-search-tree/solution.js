/**
 * Lowest Common Ancestor of a Binary Search Tree: walk down from the root. While p and q are both
 * smaller than the current node they are both in its left subtree, and while both are larger, in its
 * right subtree; the first node where they split (or that is p or q itself) is the answer.
 * O(h) time for a tree of height h, O(1) extra space.
 * @param {TreeNode} root
 * @param {TreeNode} p
 * @param {TreeNode} q
 * @return {TreeNode}
 */
var lowestCommonAncestor = function (root, p, q) {
  let node = root;
  while (node !== null) {
    if (p.val < node.val && q.val < node.val) node = node.left;
    else if (p.val > node.val && q.val > node.val) node = node.right;
    else return node;
  }
  return null;
};
