var isSameTree = function (p, q) {
  // Compares the preorder sequences of values without recording missing children.
  const values = (node, out) => {
    if (node !== null) {
      out.push(node.val);
      values(node.left, out);
      values(node.right, out);
    }
    return out;
  };
  return values(p, []).join(',') === values(q, []).join(',');
};
