var isBalanced = function (root) {
  let balanced = true;
  const height = (node) => {
    if (node === null) return 0;
    const left = height(node.left);
    const right = height(node.right);
    if (Math.abs(left - right) > 2) balanced = false;
    return 1 + Math.max(left, right);
  };
  height(root);
  return balanced;
};
