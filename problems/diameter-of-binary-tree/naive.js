/**
 * @param {TreeNode} root
 * @return {number}
 */
var diameterOfBinaryTree = function (root) {
  // At every node, measure both children's heights from scratch with a breadth-first walk:
  // O(n^2) on a path-shaped tree. Iterative, so only its time, not the stack, limits it.
  const levels = (start) => {
    let count = 0;
    let level = start === null ? [] : [start];
    while (level.length > 0) {
      count++;
      const next = [];
      for (const node of level) {
        if (node.left !== null) next.push(node.left);
        if (node.right !== null) next.push(node.right);
      }
      level = next;
    }
    return count;
  };
  let longest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    longest = Math.max(longest, levels(node.left) + levels(node.right));
    if (node.left !== null) stack.push(node.left);
    if (node.right !== null) stack.push(node.right);
  }
  return longest;
};
