/**
 * Naive: find the height, then walk down from the root once per level, collecting the nodes at that
 * depth. Each walk revisits every level above the one it collects, so a tree of height h costs
 * O(n * h), O(n^2) when the tree is a path.
 */
var levelOrder = function (root) {
  const height = (node) => (node === null ? 0 : 1 + Math.max(height(node.left), height(node.right)));
  const collect = (node, depth, out) => {
    if (node === null) return;
    if (depth === 0) {
      out.push(node.val);
      return;
    }
    collect(node.left, depth - 1, out);
    collect(node.right, depth - 1, out);
  };
  const levels = [];
  const h = height(root);
  for (let depth = 0; depth < h; depth++) {
    const level = [];
    collect(root, depth, level);
    levels.push(level);
  }
  return levels;
};
