var rightSideView = function (root) {
  const seen = [];
  for (let node = root; node !== null; node = node.right) seen.push(node.val);
  return seen;
};
