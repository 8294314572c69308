var isValidBST = function (root) {
  const within = (node, low, high) => {
    if (node === null) return true;
    if (node.val <= low || node.val >= high) return false;
    return within(node.left, low, node.val) && within(node.right, node.val, high);
  };
  return within(root, -2147483648, 2147483647);
};
