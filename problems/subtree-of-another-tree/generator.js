// Pairs (root, subRoot) as LeetCode level-order arrays. Random pairs almost never match, so most
// shapes cut subRoot out of root: an exact copy of one of its subtrees, or a copy with one slip a
// careless comparison misses (a changed value, a missing descendant, values whose digits collide).
function node(val) {
  return { left: null, right: null, val };
}

function randomOutline(n, rng) {
  const root = node(0);
  const free = [[root, 'left'], [root, 'right']];
  for (let i = 1; i < n; i++) {
    const at = Math.floor(rng() * free.length);
    const [parent, side] = free[at];
    free[at] = free[free.length - 1];
    free.pop();
    const child = node(0);
    parent[side] = child;
    free.push([child, 'left'], [child, 'right']);
  }
  return root;
}

function path(n, rng) {
  const top = node(0);
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node(0);
    tip[rng() < 0.5 ? 'left' : 'right'] = child;
    tip = child;
  }
  return top;
}

function nodesOf(root) {
  const nodes = [];
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop();
    nodes.push(at);
    if (at.left) stack.push(at.left);
    if (at.right) stack.push(at.right);
  }
  return nodes;
}

const pick = (items, rng) => items[Math.floor(rng() * items.length)];

function fill(root, rng, values) {
  for (const at of nodesOf(root)) at.val = values(rng);
  return root;
}

function copy(at) {
  const top = node(at.val);
  const stack = [[at, top]];
  while (stack.length > 0) {
    const [from, to] = stack.pop();
    for (const side of ['left', 'right']) {
      if (from[side] === null) continue;
      to[side] = node(from[side].val);
      stack.push([from[side], to[side]]);
    }
  }
  return top;
}

const wide = (rng) => -10000 + Math.floor(rng() * 20001);
const tiny = (rng) => Math.floor(rng() * 2);
// Values whose decimal digits run into each other when joined without separators.
const digits = (rng) => pick([1, 2, 12, 21, 11, 22], rng);

/** A subtree of root with at most 1000 nodes (the smallest subtrees are leaves). */
function someSubtree(root, rng) {
  const sizes = new Map();
  const nodes = nodesOf(root);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const at = nodes[i];
    sizes.set(at, 1 + (at.left ? sizes.get(at.left) : 0) + (at.right ? sizes.get(at.right) : 0));
  }
  return pick(nodes.filter((at) => sizes.get(at) <= 1000), rng);
}

const pairs = {
  'copied subtree': (n, rng) => {
    const root = fill(randomOutline(n, rng), rng, tiny);
    return [root, copy(someSubtree(root, rng))];
  },
  'one value changed': (n, rng) => {
    const root = fill(randomOutline(n, rng), rng, wide);
    const sub = copy(someSubtree(root, rng));
    const changed = pick(nodesOf(sub), rng);
    changed.val = changed.val === 10000 ? 9999 : changed.val + 1;
    return [root, sub];
  },
  // subRoot is a subtree of root with one leaf cut off: root's copy goes on below the match.
  'subtree continues below': (n, rng) => {
    const root = fill(randomOutline(Math.max(2, n), rng), rng, tiny);
    const candidates = nodesOf(root).filter((at) => (at.left !== null || at.right !== null) && nodesOf(at).length <= 1001);
    const sub = copy(pick(candidates, rng));
    const parents = nodesOf(sub).filter((at) => (at.left && !at.left.left && !at.left.right) || (at.right && !at.right.left && !at.right.right));
    const parent = pick(parents, rng);
    if (parent.left && !parent.left.left && !parent.left.right) parent.left = null;
    else parent.right = null;
    return [root, sub];
  },
  'digits collide': (n, rng) => {
    const root = fill(randomOutline(n, rng), rng, digits);
    const sub = fill(randomOutline(1 + Math.floor(rng() * Math.min(3, n)), rng), rng, digits);
    return [root, sub];
  },
  // root is a long path; subRoot its lower part, half the time with the bottom value changed.
  path: (n, rng) => {
    const root = fill(path(n, rng), rng, tiny);
    const sub = copy(pick(nodesOf(root).slice(Math.max(0, n - 1000)), rng));
    if (rng() < 0.5) {
      const nodes = nodesOf(sub);
      nodes[nodes.length - 1].val = 2;
    }
    return [root, sub];
  },
};

function levelOrder(root) {
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
  const names = Object.keys(pairs);
  const chosen = shape === undefined ? pick(names, rng) : shape;
  if (!Object.prototype.hasOwnProperty.call(pairs, chosen)) throw new Error('unknown shape ' + shape);
  const [root, sub] = pairs[chosen](Math.max(1, Math.min(2000, size)), rng);
  return [levelOrder(root), levelOrder(sub)];
}
