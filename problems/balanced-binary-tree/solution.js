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
 * @return {boolean}
 */
var isBalanced = function (root) {
  // Heights bottom-up in one pass: children are measured before their parent (reversed
  // preorder), so each node is checked once, and a 5000-node path needs no recursion.
  const order = [];
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop();
    order.push(node);
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  const height = new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const left = node.left === null ? 0 : height.get(node.left);
    const right = node.right === null ? 0 : height.get(node.right);
    if (Math.abs(left - right) > 1) return false;
    height.set(node, Math.max(left, right) + 1);
  }
  return true;
};
