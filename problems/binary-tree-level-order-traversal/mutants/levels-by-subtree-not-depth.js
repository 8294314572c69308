var levelOrder = function (root) {
  const levels = [];
  const walk = (node, depth) => {
    if (node === null) return;
    if (levels.length === depth) levels.push([]);
    levels[depth].push(node.val);
    walk(node.right, depth + 1);
    walk(node.left, depth + 1);
  };
  walk(root, 0);
  return levels;
};
