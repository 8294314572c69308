var rightSideView = function (root) {
  const seen = [];
  let level = root === null ? [] : [root];
  while (level.length > 0) {
    seen.push(level[0].val);
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return seen;
};
