var maxDepth = function (root) {
  if (root === null) return 0;
  let level = [root];
  let depth = 0;
  while (level.length > 0) {
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    if (next.length > 0) depth++;
    level = next;
  }
  return depth;
};
