var kthSmallest = function (root, k) {
  const stack = [];
  let node = root;
  let seen = 0;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (seen === k) return node.val;
    seen++;
    node = node.right;
  }
  return -1;
};
