var kthSmallest = function (root, k) {
  const stack = [root];
  let seen = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    seen++;
    if (seen === k) return node.val;
    if (node.right !== null) stack.push(node.right);
    if (node.left !== null) stack.push(node.left);
  }
  return -1;
};
