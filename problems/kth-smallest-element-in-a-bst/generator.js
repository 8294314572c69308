// Random binary tree shapes, returned as LeetCode level-order arrays.
function randomShape(n, rng, vine) {
  if (n === 0) return null;
  const root = { left: null, right: null, val: 0 };
  if (vine) {
    // A long path that turns left or right at random: depth close to n.
    let tip = root;
    for (let i = 1; i < n; i++) {
      const child = { left: null, right: null, val: 0 };
      if (rng() < 0.5) tip.left = child;
      else tip.right = child;
      tip = child;
    }
    return root;
  }
  const free = [[root, 'left'], [root, 'right']];
  for (let i = 1; i < n; i++) {
    const at = Math.floor(rng() * free.length);
    const [parent, side] = free[at];
    free[at] = free[free.length - 1];
    free.pop();
    const child = { left: null, right: null, val: 0 };
    parent[side] = child;
    free.push([child, 'left'], [child, 'right']);
  }
  return root;
}

function levelOrder(root) {
  if (root === null) return [];
  const out = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node === null) {
      out.push(null);
      continue;
    }
    out.push(node.val);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10000, size));
  let root;
  if (shape === undefined) root = randomShape(n, rng, rng() < 0.2);
  else if (shape === 'k at an end') root = randomShape(n, rng, false);
  else root = shapedOutline(n, shape);
  if (root === undefined) throw new Error('unknown shape ' + shape);
  // Distinct sorted values from [0, 10^4] by selection sampling, laid onto the nodes in order.
  const values = [];
  let needed = n;
  for (let v = 0; v <= 10000 && needed > 0; v++) {
    if (rng() * (10001 - v) < needed) {
      values.push(v);
      needed--;
    }
  }
  const stack = [];
  let node = root;
  let i = 0;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    node.val = values[i++];
    node = node.right;
  }
  const k = shape === 'k at an end' ? (rng() < 0.5 ? 1 : n) : 1 + Math.floor(rng() * n);
  return [levelOrder(root), k];
}

/**
 * BST outlines where in-order counting slips show: paths leaning left (the smallest value is deepest)
 * or right (in-order equals level order), and complete trees (the k-th is often the root or a leaf).
 */
function shapedOutline(n, shape) {
  if (!['complete', 'left skewed', 'right skewed'].includes(shape)) return undefined;
  const nodes = Array.from({ length: n }, () => ({ left: null, right: null, val: 0 }));
  for (let i = 1; i < n; i++) {
    if (shape === 'complete') nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
    else nodes[i - 1][shape === 'left skewed' ? 'left' : 'right'] = nodes[i];
  }
  return nodes[0];
}
