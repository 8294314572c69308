/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} p
 * @param {TreeNode} q
 * @return {boolean}
 */
var isSameTree = function (p, q) {
  // Walk both trees in lockstep: each pair holds the nodes at the same position in p and q.
  // An explicit stack keeps path-shaped trees clear of recursion depth limits.
  const pairs = [[p, q]];
  while (pairs.length > 0) {
    const [a, b] = pairs.pop();
    if (a === null && b === null) continue;
    if (a === null || b === null || a.val !== b.val) return false;
    pairs.push([a.left, b.left], [a.right, b.right]);
  }
  return true;
};
