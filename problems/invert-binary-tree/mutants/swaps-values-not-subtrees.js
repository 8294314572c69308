var invertTree = function (root) {
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.left !== null && node.right !== null) {
      const v = node.left.val;
      node.left.val = node.right.val;
      node.right.val = v;
    }
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return root;
};
