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

function inOrderNodes(root) {
  const out = [];
  const stack = [];
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    out.push(node);
    node = node.right;
  }
  return out;
}

function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10000, size));
  if (shape !== undefined) return [levelOrder(shaped(n, rng, shape))];
  // One input in five is a path (depth n). Half of those, picked by this first draw, always stay
  // valid: the worst case for checking each node against its whole subtree, about n^2 / 2 visits.
  const kind = rng();
  const worstCase = kind < 0.1;
  const root = randomShape(n, rng, kind < 0.2);
  const values = [];
  for (let i = 0; i < n; i++) values.push(-2147483648 + Math.floor(rng() * 4294967296));
  values.sort((a, b) => a - b);
  for (let i = 1; i < n; i++) if (values[i] <= values[i - 1]) values[i] = values[i - 1] + 1;
  const nodes = inOrderNodes(root);
  nodes.forEach((node, i) => {
    node.val = Math.min(values[i], 2147483647);
  });
  // Otherwise half the inputs stay valid; the rest get one swap or one duplicated neighbour, the two usual breakages.
  const breakage = worstCase ? 1 : rng();
  if (n >= 2 && breakage < 0.25) {
    const i = Math.floor(rng() * n);
    let j = Math.floor(rng() * n);
    if (j === i) j = (i + 1) % n;
    const v = nodes[i].val;
    nodes[i].val = nodes[j].val;
    nodes[j].val = v;
  } else if (n >= 2 && breakage < 0.5) {
    const i = Math.floor(rng() * (n - 1));
    nodes[i].val = nodes[i + 1].val;
  }
  return [levelOrder(root)];
}

/**
 * Small trees where the usual checks slip: values around zero (a bound or previous value of 0 read
 * as "none"), a leaf that fits its parent but not a higher ancestor (checking children only), an
 * in-order neighbour duplicated (allowing equal values), the int32 extremes as values (sentinel
 * bounds at the same extremes), and path-shaped trees (one-sided recursion).
 */
function shaped(n, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  const root = randomShape(n, rng, shape === 'path');
  const nodes = inOrderNodes(root);
  const ascending = (first, step) => nodes.forEach((node, i) => (node.val = first + i * step));
  if (shape === 'around zero') {
    ascending(-pick(n), 1);
    if (n >= 2 && rng() < 0.6) {
      const i = pick(n - 1);
      [nodes[i].val, nodes[i + 1].val] = [nodes[i + 1].val, nodes[i].val];
    }
    return root;
  }
  if (shape === 'ancestor violation') {
    ascending(-3 * pick(n), 3);
    // Each leaf with a bound from an ancestor other than its parent can move just past that bound.
    const movable = [];
    const walk = (node, parent, low, high) => {
      if (node === null) return;
      if (node.left === null && node.right === null && parent !== null) {
        if (node === parent.left && low !== null) movable.push([node, low - pick(2)]);
        if (node === parent.right && high !== null) movable.push([node, high + pick(2)]);
      }
      walk(node.left, node, low, node.val);
      walk(node.right, node, node.val, high);
    };
    walk(root, null, null, null);
    if (movable.length > 0) {
      const [leaf, value] = movable[pick(movable.length)];
      leaf.val = value;
    }
    return root;
  }
  if (shape === 'duplicate neighbour') {
    ascending(-2 * pick(n), 2);
    if (n >= 2) {
      const i = pick(n - 1);
      if (rng() < 0.5) nodes[i].val = nodes[i + 1].val;
      else nodes[i + 1].val = nodes[i].val;
    }
    return root;
  }
  if (shape === 'extreme values') {
    const low = -2147483648;
    const high = 2147483647;
    const fromLow = rng() < 0.5;
    if (fromLow) ascending(low, 1);
    else ascending(high - n + 1, 1);
    if (n >= 2 && rng() < 0.3) {
      const i = pick(n - 1);
      nodes[i].val = nodes[i + 1].val;
    }
    return root;
  }
  if (shape === 'path') {
    ascending(pick(5) - 2, 1 + pick(3));
    if (n >= 2 && rng() < 0.5) {
      const i = pick(n - 1);
      [nodes[i].val, nodes[i + 1].val] = [nodes[i + 1].val, nodes[i].val];
    }
    return root;
  }
  throw new Error('unknown shape ' + shape);
}
