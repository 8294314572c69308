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
 * @return {number[]}
 */
var rightSideView = function (root) {
  // Breadth-first, one level at a time: the last node of a level in left-to-right order is the one
  // seen from the right, whether it is a left or a right child.
  const seen = [];
  let level = root === null ? [] : [root];
  while (level.length > 0) {
    seen.push(level[level.length - 1].val);
    const next = [];
    for (const node of level) {
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    level = next;
  }
  return seen;
};
