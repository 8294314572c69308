var isSubtree = function (root, subRoot) {
  // Preorder values joined by commas, but with no marker for a missing child.
  const serialise = (node) => (node === null ? '' : ',' + node.val + serialise(node.left) + serialise(node.right));
  return serialise(root).includes(serialise(subRoot));
};
