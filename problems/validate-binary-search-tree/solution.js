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
var isValidBST = function (root) {
  // A tree is a BST exactly when its in-order walk is strictly increasing; checking only
  // parent against child misses violations against higher ancestors.
  const stack = [];
  let node = root;
  let previous = null;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    if (previous !== null && node.val <= previous) return false;
    previous = node.val;
    node = node.right;
  }
  return true;
};
