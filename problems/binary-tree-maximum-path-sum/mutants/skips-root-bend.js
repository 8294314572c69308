/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function (root) {
  // Every path has one highest node, where it may bend. For each node, gain(node) is the best sum of
  // a path going straight down from it; a child's gain helps only when positive. The best path bending
  // at a node is node.val + max(0, gain(left)) + max(0, gain(right)). Children are finished before
  // their parent (postorder, on an explicit stack so 3 * 10^4-deep paths stay off the call stack).
  const gain = new Map();
  let best = -Infinity;
  const stack = [[root, false]];
  while (stack.length > 0) {
    const [node, childrenDone] = stack.pop();
    if (!childrenDone) {
      stack.push([node, true]);
      if (node.left !== null) stack.push([node.left, false]);
      if (node.right !== null) stack.push([node.right, false]);
      continue;
    }
    const left = node.left === null ? 0 : Math.max(0, gain.get(node.left));
    const right = node.right === null ? 0 : Math.max(0, gain.get(node.right));
    best = Math.max(best, node.val + Math.max(left, right));
    gain.set(node, node.val + Math.max(left, right));
  }
  return best;
};
