var isSubtree = function (root, subRoot) {
  // Stops comparing when subRoot runs out, so root may go on below the match.
  const same = (a, b) => {
    if (b === null) return true;
    if (a === null || a.val !== b.val) return false;
    return same(a.left, b.left) && same(a.right, b.right);
  };
  const search = (node) => node !== null && (same(node, subRoot) || search(node.left) || search(node.right));
  return search(root);
};
