var diameterOfBinaryTree = function (root) {
  let best = 0;
  const height = (node) => {
    if (node === null) return 0;
    const left = height(node.left);
    const right = height(node.right);
    best = Math.max(best, Math.max(left, right));
    return Math.max(left, right) + 1;
  };
  height(root);
  return best;
};
