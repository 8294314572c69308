// Binary trees as LeetCode level-order arrays. Random trees are almost never balanced, so most
// shapes start from balanced ones (even splits, minimal AVL trees whose sides differ by exactly
// one everywhere) and some add the one slip that breaks the balance deep inside.
function node() {
  return { left: null, right: null, val: 0 };
}

/** Subtree sizes differ by at most one at every node, so heights do too. */
function evenSplit(n, rng) {
  if (n === 0) return null;
  const root = node();
  const small = Math.floor((n - 1) / 2);
  const [left, right] = rng() < 0.5 ? [small, n - 1 - small] : [n - 1 - small, small];
  root.left = evenSplit(left, rng);
  root.right = evenSplit(right, rng);
  return root;
}

/** The tree of height h (in nodes) with the fewest nodes that is still balanced; sides random. */
function minimalAvl(h, rng) {
  if (h === 0) return null;
  const root = node();
  const tall = minimalAvl(h - 1, rng);
  const short = minimalAvl(Math.max(0, h - 2), rng);
  if (rng() < 0.5) [root.left, root.right] = [tall, short];
  else [root.left, root.right] = [short, tall];
  return root;
}

function minimalAvlWithin(n, rng) {
  let h = 0;
  for (let fewest = [0, 1]; fewest[1] <= n; fewest = [fewest[1], fewest[0] + fewest[1] + 1]) h++;
  return minimalAvl(h, rng);
}

function randomOutline(n, rng) {
  if (n === 0) return null;
  const root = node();
  const free = [[root, 'left'], [root, 'right']];
  for (let i = 1; i < n; i++) {
    const at = Math.floor(rng() * free.length);
    const [parent, side] = free[at];
    free[at] = free[free.length - 1];
    free.pop();
    const child = node();
    parent[side] = child;
    free.push([child, 'left'], [child, 'right']);
  }
  return root;
}

function nodesOf(root) {
  const nodes = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const at = stack.pop();
    nodes.push(at);
    if (at.left) stack.push(at.left);
    if (at.right) stack.push(at.right);
  }
  return nodes;
}

const pick = (items, rng) => items[Math.floor(rng() * items.length)];

const outlines = {
  'even split': (n, rng) => evenSplit(n, rng),
  'minimal AVL': (n, rng) => minimalAvlWithin(n, rng),
  // One leaf of a minimal AVL tree removed: a side that was one shorter may become two shorter.
  'minimal AVL missing a leaf': (n, rng) => {
    const root = minimalAvlWithin(Math.max(n, 2), rng);
    const parents = nodesOf(root).filter((at) => [at.left, at.right].some((c) => c && !c.left && !c.right));
    const parent = pick(parents, rng);
    if (parent.left && !parent.left.left && !parent.left.right) parent.left = null;
    else parent.right = null;
    return root;
  },
  // An even split of n - 1 nodes with one more node hung below a random leaf.
  'one node below a leaf': (n, rng) => {
    const root = evenSplit(Math.max(1, n - 1), rng);
    const leaf = pick(nodesOf(root).filter((at) => !at.left && !at.right), rng);
    leaf[rng() < 0.5 ? 'left' : 'right'] = node();
    return root;
  },
  random: (n, rng) => randomOutline(n, rng),
  path: (n, rng) => {
    const root = n === 0 ? null : node();
    for (let tip = root, i = 1; i < n; i++) {
      const child = node();
      tip[rng() < 0.5 ? 'left' : 'right'] = child;
      tip = child;
    }
    return root;
  },
};

function levelOrder(root) {
  if (root === null) return [];
  const out = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    if (at === null) {
      out.push(null);
      continue;
    }
    out.push(at.val);
    queue.push(at.left, at.right);
  }
  while (out[out.length - 1] === null) out.pop();
  return out;
}

function generate(size, rng, shape) {
  const names = Object.keys(outlines);
  const chosen = shape === undefined ? pick(names, rng) : shape;
  if (!Object.prototype.hasOwnProperty.call(outlines, chosen)) throw new Error('unknown shape ' + shape);
  const root = outlines[chosen](Math.max(0, Math.min(5000, size)), rng);
  for (const at of nodesOf(root)) at.val = -10000 + Math.floor(rng() * 20001);
  return [levelOrder(root)];
}
