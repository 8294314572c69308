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
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(0, size);
  if (shape !== undefined) return [levelOrder(shapedTree(n, rng, shape))];
  const root = randomShape(n, rng, rng() < 0.3);
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    node.val = -1000 + Math.floor(rng() * 2001);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return [levelOrder(root)];
}

/**
 * Tree outlines for the named shapes: paths that lean one way (depth = n, where a recursive or
 * level-counting slip shows), a path that alternates sides, and a complete tree (full levels but the last).
 */
function shapedOutline(n, rng, shape) {
  if (!['complete', 'left skewed', 'right skewed', 'zigzag'].includes(shape)) return undefined;
  if (n === 0) return null;
  const nodes = Array.from({ length: n }, () => ({ left: null, right: null, val: 0 }));
  if (shape === 'complete') {
    for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
  } else {
    for (let i = 1; i < n; i++) {
      const side = shape === 'left skewed' ? 'left' : shape === 'right skewed' ? 'right' : i % 2 === 1 ? 'left' : 'right';
      nodes[i - 1][side] = nodes[i];
    }
  }
  return nodes[0];
}

/** A shaped tree with random values; "duplicates" is a random outline whose values repeat ({-1, 0, 1}). */
function shapedTree(n, rng, shape) {
  const root = shape === 'duplicates' ? randomShape(n, rng, false) : shapedOutline(n, rng, shape);
  if (root === undefined) throw new Error('unknown shape ' + shape);
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    node.val = shape === 'duplicates' ? Math.floor(rng() * 3) - 1 : -1000 + Math.floor(rng() * 2001);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return root;
}
