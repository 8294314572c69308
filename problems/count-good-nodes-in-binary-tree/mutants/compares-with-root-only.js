var goodNodes = function (root) {
  let good = 0;
  const visit = (node) => {
    if (node === null) return;
    if (node.val >= root.val) good++;
    visit(node.left);
    visit(node.right);
  };
  visit(root);
  return good;
};
