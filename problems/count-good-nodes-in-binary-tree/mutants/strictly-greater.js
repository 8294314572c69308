var goodNodes = function (root) {
  let good = 0;
  const visit = (node, highest) => {
    if (node === null) return;
    if (node.val > highest) good++;
    visit(node.left, Math.max(highest, node.val));
    visit(node.right, Math.max(highest, node.val));
  };
  good = 1;
  visit(root.left, root.val);
  visit(root.right, root.val);
  return good;
};
