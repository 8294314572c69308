/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
/**
 * @param {TreeNode} root
 * @return {number}
 */
var goodNodes = function (root) {
  // A node is good when no ancestor beats it, so each node needs only the largest value on the
  // path above it, carried down with it. An explicit stack keeps 10^4-deep paths off the call stack.
  let good = 0;
  const stack = [[root, root.val]];
  while (stack.length > 0) {
    const [node, highestAbove] = stack.pop();
    if (node.val >= highestAbove) good++;
    const highest = Math.max(highestAbove, node.val);
    if (node.left !== null) stack.push([node.left, highest]);
    if (node.right !== null) stack.push([node.right, highest]);
  }
  return good;
};
