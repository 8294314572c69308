/** LeetCode 235, Lowest Common Ancestor of a Binary Search Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root, p, q]) {
  const nodes = tree('root', root, 2, 1e5, -1e9, 1e9);
  const values = new Set();
  for (const node of nodes) {
    if (values.has(node.val)) fail(`all Node.val must be unique (${node.val} appears more than once)`);
    values.add(node.val);
  }
  // In order, the values must strictly increase: a binary search tree (iteratively; the tree may be a path).
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
  int('p', p, -1e9, 1e9);
  int('q', q, -1e9, 1e9);
  if (p === q) fail('p != q: p and q must be different nodes');
  if (!values.has(p)) fail(`p must be a node of the tree (no node holds ${p})`);
  if (!values.has(q)) fail(`q must be a node of the tree (no node holds ${q})`);
  return true;
}
