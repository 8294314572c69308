var isValidBST = function (root) {
  // Check every node against all the nodes of its left and right subtrees, then recurse into
  // both children — O(n^2) on a degenerate (chain-shaped) tree, O(n log n) on a balanced one.
  const allBelow = (node, limit) => node === null || (node.val < limit && allBelow(node.left, limit) && allBelow(node.right, limit));
  const allAbove = (node, limit) => node === null || (node.val > limit && allAbove(node.left, limit) && allAbove(node.right, limit));
  const valid = (node) =>
    node === null || (allBelow(node.left, node.val) && allAbove(node.right, node.val) && valid(node.left) && valid(node.right));
  return valid(root);
};
