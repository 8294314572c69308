var rightSideView = function (root) {
  const seen = [];
  const visit = (node, depth) => {
    if (node === null) return;
    if (!seen[depth]) seen[depth] = node.val;
    visit(node.right, depth + 1);
    visit(node.left, depth + 1);
  };
  visit(root, 0);
  return seen;
};
