var maxDepth = function (root) {
  let depth = 0;
  for (let node = root; node !== null; node = node.left) depth++;
  return depth;
};
