var rightSideView = function (root) {
  // Goes right when it can and left otherwise: one path, blind to a deeper subtree on the left.
  const seen = [];
  let node = root;
  while (node !== null) {
    seen.push(node.val);
    node = node.right !== null ? node.right : node.left;
  }
  return seen;
};
