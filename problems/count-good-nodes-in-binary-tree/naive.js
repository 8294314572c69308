/**
 * @param {TreeNode} root
 * @return {number}
 */
var goodNodes = function (root) {
  // For every node, climb to the root through parent links and look for a larger ancestor:
  // O(n·h), O(n^2) on a path. Iterative, so only its time, not the stack, limits it.
  const parent = new Map([[root, null]]);
  const stack = [root];
  let good = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    let beaten = false;
    for (let up = parent.get(node); up !== null && !beaten; up = parent.get(up)) beaten = up.val > node.val;
    if (!beaten) good++;
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      parent.set(child, node);
      stack.push(child);
    }
  }
  return good;
};
