var levelOrder = function (root) {
  const levels = [];
  let level = root === null ? [] : [root];
  while (level.length > 0) {
    levels.push(level.map((node) => node.val));
    const next = [];
    for (const node of level) {
      if (node.right !== null) next.push(node.right);
      if (node.left !== null) next.push(node.left);
    }
    level = next;
  }
  return levels;
};
