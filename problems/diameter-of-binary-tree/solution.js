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
var diameterOfBinaryTree = function (root) {
  // The longest path bends at exactly one node, where it joins the deepest downward path of each
  // child. Visiting children before parents (reversed preorder) gives every node its children's
  // heights without recursion, which a 10^4-node path would push to its limit.
  const order = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    order.push(node);
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  // height = edges on the longest downward path from a node, counting the edge from its parent.
  const height = new Map();
  let longest = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const left = node.left === null ? 0 : height.get(node.left);
    const right = node.right === null ? 0 : height.get(node.right);
    longest = Math.max(longest, left + right);
    height.set(node, Math.max(left, right) + 1);
  }
  return longest;
};
