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
 * @param {TreeNode} subRoot
 * @return {boolean}
 */
var isSubtree = function (root, subRoot) {
  // A subtree is a node together with ALL of its descendants, so a match must end exactly where
  // subRoot ends: both sides null together, never a longer branch in root.
  const sameTree = (a, b) => {
    const pairs = [[a, b]];
    while (pairs.length > 0) {
      const [x, y] = pairs.pop();
      if (x === null && y === null) continue;
      if (x === null || y === null || x.val !== y.val) return false;
      pairs.push([x.left, y.left], [x.right, y.right]);
    }
    return true;
  };
  // Try every node of root as the top of the copy; explicit stacks keep deep paths off the call stack.
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (sameTree(node, subRoot)) return true;
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return false;
};
