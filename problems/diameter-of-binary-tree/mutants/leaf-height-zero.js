var diameterOfBinaryTree = function (root) {
  // Heights in edges below the node (a leaf is 0), but the edges to the children are never added.
  let best = 0;
  const height = (node) => {
    if (node === null || (node.left === null && node.right === null)) return 0;
    const left = height(node.left);
    const right = height(node.right);
    best = Math.max(best, left + right);
    return Math.max(left, right) + 1;
  };
  height(root);
  return best;
};
