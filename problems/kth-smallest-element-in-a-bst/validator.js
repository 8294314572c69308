/** LeetCode 230, Kth Smallest Element in a BST: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root, k]) {
  const nodes = tree('root', root, 1, 1e4, 0, 1e4);
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > nodes.length) fail('k must be an integer with 1 <= k <= n, the number of nodes');
  // In-order values must strictly increase: a binary search tree (iteratively; the tree may be a path).
  const stack = [];
  let at = 0;
  let previous = -Infinity;
  while (at !== -1 || stack.length > 0) {
    while (at !== -1) {
      stack.push(at);
      at = nodes[at].left;
    }
    const node = nodes[stack.pop()];
    if (node.val <= previous) fail(`the tree must be a binary search tree (in order, ${node.val} follows ${previous})`);
    previous = node.val;
    at = node.right;
  }
  return true;
}
