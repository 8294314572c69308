var isBalanced = function (root) {
  const height = (node) => (node === null ? 0 : 1 + Math.max(height(node.left), height(node.right)));
  if (root === null) return true;
  return Math.abs(height(root.left) - height(root.right)) <= 1;
};
