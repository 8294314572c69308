// Pairs of binary trees (p, q) as LeetCode level-order arrays. Most random pairs differ at the
// root, so the shapes build q from p: an exact copy, or a copy with one slip a careless
// comparison misses (one value, one leaf's side, one extra leaf, the mirror image).
function randomOutline(n, rng) {
  if (n === 0) return null;
  const root = { left: null, right: null, val: 0 };
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

function nodesOf(root) {
  const nodes = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    nodes.push(node);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return nodes;
}

function fillValues(root, rng, low, high) {
  for (const node of nodesOf(root)) node.val = low + Math.floor(rng() * (high - low + 1));
  return root;
}

function copy(node) {
  return node === null ? null : { val: node.val, left: copy(node.left), right: copy(node.right) };
}

function mirror(node) {
  return node === null ? null : { val: node.val, left: mirror(node.right), right: mirror(node.left) };
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

const pick = (items, rng) => items[Math.floor(rng() * items.length)];

/** q for each shape, built from p (which it may change: p is a fresh tree). */
const secondTree = {
  identical: (p) => copy(p),
  'one value differs': (p, rng) => {
    const q = copy(p);
    const node = pick(nodesOf(q), rng);
    node.val = node.val === 10000 ? 9999 : node.val === -10000 ? -9999 : node.val + pick([1, -1, -2 * node.val || 1], rng);
    return q;
  },
  'leaf on the other side': (p, rng) => {
    const q = copy(p);
    // Same values and count, another shape: a lone child swaps sides, or (in a tree where every
    // parent has two children) a leaf is re-hung elsewhere.
    const nodes = nodesOf(q);
    const movable = nodes.filter((node) => (node.left === null) !== (node.right === null));
    if (movable.length > 0) {
      const parent = pick(movable, rng);
      [parent.left, parent.right] = [parent.right, parent.left];
      return q;
    }
    const parents = nodes.filter((node) => node.left !== null && node.left.left === null && node.left.right === null);
    if (parents.length === 0) return q;
    const parent = pick(parents, rng);
    const leaf = parent.left;
    parent.left = null;
    const hosts = nodes.filter((node) => node !== leaf && node !== parent && node.left === null);
    pick(hosts, rng).left = leaf;
    return q;
  },
  'extra leaf': (p, rng) => {
    const q = copy(p);
    const slots = [];
    for (const node of nodesOf(q)) {
      if (node.left === null) slots.push([node, 'left']);
      if (node.right === null) slots.push([node, 'right']);
    }
    const [parent, side] = pick(slots, rng);
    parent[side] = { val: rng() < 0.5 ? 0 : parent.val, left: null, right: null };
    return q;
  },
  mirrored: (p) => mirror(p),
  // p is re-hung as one long path (depth = n); q is its copy with, half the time, the deepest value changed.
  'path-shaped': (p, rng) => {
    const nodes = nodesOf(p);
    for (let i = 0; i < nodes.length; i++) {
      nodes[i].left = null;
      nodes[i].right = null;
      if (i > 0) nodes[i - 1][rng() < 0.5 ? 'left' : 'right'] = nodes[i];
    }
    const q = copy(p);
    const deepest = nodesOf(q).find((node) => node.left === null && node.right === null);
    if (rng() < 0.5) deepest.val += deepest.val > 0 ? -1 : 1;
    return q;
  },
  'few values': (p, rng) => fillValues(randomOutline(nodesOf(p).length, rng), rng, -1, 1),
};

function generate(size, rng, shape) {
  const chosen = shape === undefined ? pick(Object.keys(secondTree), rng) : shape;
  if (!Object.prototype.hasOwnProperty.call(secondTree, chosen)) throw new Error('unknown shape ' + shape);
  const smallValues = chosen === 'few values' || chosen === 'mirrored';
  // Every shape except "identical" needs a node to alter.
  const fewest = chosen === 'identical' ? 0 : chosen === 'leaf on the other side' ? 2 : 1;
  const n = Math.max(fewest, Math.min(chosen === 'extra leaf' ? 99 : 100, size));
  const p = fillValues(randomOutline(n, rng), rng, smallValues ? -1 : -10000, smallValues ? 1 : 10000);
  const q = secondTree[chosen](p, rng);
  const pair = [levelOrder(p), levelOrder(q)];
  return rng() < 0.5 ? pair : [pair[1], pair[0]];
}
