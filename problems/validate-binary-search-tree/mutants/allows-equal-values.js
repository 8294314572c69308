var isValidBST = function (root) {
  const stack = [];
  let node = root;
  let previous = null;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (previous !== null && node.val < previous) return false;
    previous = node.val;
    node = node.right;
  }
  return true;
};
