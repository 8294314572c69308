var isSubtree = function (root, subRoot) {
  const same = (a, b) => {
    if (a === null && b === null) return true;
    if (a === null || b === null || a.val !== b.val) return false;
    return same(a.left, b.left) && same(a.right, b.right);
  };
  // Only the first node whose value equals subRoot's is tried.
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.val === subRoot.val) return same(node, subRoot);
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return false;
};
