var isBalanced = function (root) {
  // Compares the shallowest and deepest leaf, which is a stricter, different condition.
  const maxDepth = (node) => (node === null ? 0 : 1 + Math.max(maxDepth(node.left), maxDepth(node.right)));
  const minDepth = (node) => {
    if (node === null) return 0;
    if (node.left === null) return 1 + minDepth(node.right);
    if (node.right === null) return 1 + minDepth(node.left);
    return 1 + Math.min(minDepth(node.left), minDepth(node.right));
  };
  return maxDepth(root) - minDepth(root) <= 1;
};
