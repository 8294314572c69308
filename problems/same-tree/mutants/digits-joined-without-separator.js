var isSameTree = function (p, q) {
  // Serialises with a marker for missing children but no separator between values.
  const serialise = (node) => (node === null ? '#' : String(node.val) + serialise(node.left) + serialise(node.right));
  return serialise(p) === serialise(q);
};
