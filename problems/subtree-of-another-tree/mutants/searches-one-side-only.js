var isSubtree = function (root, subRoot) {
  const same = (a, b) => {
    if (a === null && b === null) return true;
    if (a === null || b === null || a.val !== b.val) return false;
    return same(a.left, b.left) && same(a.right, b.right);
  };
  for (let node = root; node !== null; node = node.left) {
    if (same(node, subRoot)) return true;
  }
  return false;
};
