var diameterOfBinaryTree = function (root) {
  const height = (node) => (node === null ? 0 : 1 + Math.max(height(node.left), height(node.right)));
  return height(root.left) + height(root.right);
};
