var kthSmallest = function (root, k) {
  const stack = [];
  let node = root;
  let seen = 0;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.right;
    }
    node = stack.pop();
    seen++;
    if (seen === k) return node.val;
    node = node.left;
  }
  return -1;
};
