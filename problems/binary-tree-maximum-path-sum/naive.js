/**
 * @param {TreeNode} root
 * @return {number}
 */
var maxPathSum = function (root) {
  // For every node as the bend, recompute the best straight-down sums of its two children from
  // scratch: O(n·h), O(n^2) on a path. Iterative, so only its time, not the stack, limits it.
  const down = (start) => {
    // best sum of a path starting at start and going down, by a postorder over start's subtree
    const gain = new Map();
    const stack = [[start, false]];
    while (stack.length > 0) {
      const [node, done] = stack.pop();
      if (!done) {
        stack.push([node, true]);
        if (node.left !== null) stack.push([node.left, false]);
        if (node.right !== null) stack.push([node.right, false]);
        continue;
      }
      const l = node.left === null ? 0 : Math.max(0, gain.get(node.left));
      const r = node.right === null ? 0 : Math.max(0, gain.get(node.right));
      gain.set(node, node.val + Math.max(l, r));
    }
    return gain.get(start);
  };
  let best = -Infinity;
  const all = [root];
  for (let i = 0; i < all.length; i++) {
    const node = all[i];
    const l = node.left === null ? 0 : Math.max(0, down(node.left));
    const r = node.right === null ? 0 : Math.max(0, down(node.right));
    best = Math.max(best, node.val + l + r);
    if (node.left !== null) all.push(node.left);
    if (node.right !== null) all.push(node.right);
  }
  return best;
};
