var invertTree = function (root) {
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.left === null || node.right === null) continue;
    const left = node.left;
    node.left = node.right;
    node.right = left;
    stack.push(node.left, node.right);
  }
  return root;
};
