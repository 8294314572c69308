var invertTree = function (root) {
  if (root === null) return null;
  const left = root.left;
  root.left = root.right;
  root.right = left;
  return root;
};
