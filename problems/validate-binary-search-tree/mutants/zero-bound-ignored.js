var isValidBST = function (root) {
  const within = (node, low, high) => {
    if (node === null) return true;
    if (low && node.val <= low) return false;
    if (high && node.val >= high) return false;
    return within(node.left, low, node.val) && within(node.right, node.val, high);
  };
  return within(root, null, null);
};
