var maxDepth = function (root) {
  if (root === null) return 0;
  if (root.left === null && root.right === null) return 1;
  if (root.left === null) return 1 + maxDepth(root.right);
  if (root.right === null) return 1 + maxDepth(root.left);
  return 1 + Math.min(maxDepth(root.left), maxDepth(root.right));
};
