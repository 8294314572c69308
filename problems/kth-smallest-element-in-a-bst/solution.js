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
 * @param {number} k
 * @return {number}
 */
var kthSmallest = function (root, k) {
  // In-order visits a BST's values in increasing order; stop at the k-th visit
  // instead of collecting all n values.
  const stack = [];
  let node = root;
  let seen = 0;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    seen++;
    if (seen === k) return node.val;
    node = node.right;
  }
  return -1;
};
