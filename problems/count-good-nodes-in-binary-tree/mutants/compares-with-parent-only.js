var goodNodes = function (root) {
  let good = 0;
  const visit = (node, parentValue) => {
    if (node === null) return;
    if (node.val >= parentValue) good++;
    visit(node.left, node.val);
    visit(node.right, node.val);
  };
  visit(root, root.val);
  return good;
};
