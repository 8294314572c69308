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
 * @return {TreeNode}
 */
var invertTree = function (root) {
  // Every node swaps its own children exactly once; the order of visits does not matter,
  // so an explicit stack avoids recursion depth limits on path-shaped trees.
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const left = node.left;
    node.left = node.right;
    node.right = left;
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return root;
};
