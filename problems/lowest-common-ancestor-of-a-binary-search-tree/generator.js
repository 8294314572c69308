// Binary search trees with unique values as LeetCode gives them: [root in level order, p, q], where p
// and q are values of two different nodes. Shapes choose the outline (random, complete, paths of up to
// 10^5 nodes leaning either way) and where p and q sit (one an ancestor of the other, on opposite sides
// of the root); p and q come in either order, so p.val < q.val is never promised.
const MAX_NODES = 100000;
const MAX_VAL = 1000000000;
// On the path shapes the answer (the shallower of p and q) is at most this deep, as count-good-nodes'
// paths are: a recursive walk to it stays within the stack LeetCode's own suites allow; the other node
// may be anywhere below, down to the bottom of a 10^5-node path.
const MAX_ANSWER_DEPTH = 10000;

function node() {
  return { left: null, right: null, val: 0, parent: null, depth: 0 };
}

function attach(parent, side, child) {
  parent[side] = child;
  child.parent = parent;
  child.depth = parent.depth + 1;
}

/** A random outline: each new node takes a free child slot chosen uniformly (a random BST's shape). */
function randomOutline(n, rng) {
  const root = node();
  const free = [[root, 'left'], [root, 'right']];
  for (let i = 1; i < n; i++) {
    const at = Math.floor(rng() * free.length);
    const [parent, side] = free[at];
    free[at] = free[free.length - 1];
    free.pop();
    const child = node();
    attach(parent, side, child);
    free.push([child, 'left'], [child, 'right']);
  }
  return root;
}

/** A path of n nodes; pickSide(i) says on which side node i hangs below node i - 1. */
function path(n, pickSide) {
  const root = node();
  let tip = root;
  for (let i = 1; i < n; i++) {
    const child = node();
    attach(tip, pickSide(i), child);
    tip = child;
  }
  return root;
}

function complete(n) {
  const nodes = Array.from({ length: n }, node);
  for (let i = 1; i < n; i++) attach(nodes[(i - 1) >> 1], i % 2 === 1 ? 'left' : 'right', nodes[i]);
  return nodes[0];
}

/** Nodes in preorder (iteratively: a path is 10^5 deep). */
function nodesOf(root) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop();
    out.push(at);
    if (at.right !== null) stack.push(at.right);
    if (at.left !== null) stack.push(at.left);
  }
  return out;
}

/** Writes n distinct values from [low, high] onto the nodes in inorder, ascending: a search tree. */
function label(root, n, rng, low, high) {
  const chosen = new Set();
  while (chosen.size < n) chosen.add(low + Math.floor(rng() * (high - low + 1)));
  const values = [...chosen].sort((a, b) => a - b);
  const stack = [];
  let i = 0;
  for (let at = root; at !== null || stack.length > 0; ) {
    while (at !== null) {
      stack.push(at);
      at = at.left;
    }
    at = stack.pop();
    at.val = values[i++];
    at = at.right;
  }
}

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

const pick = (list, rng) => list[Math.floor(rng() * list.length)];

/** Two different nodes chosen uniformly. */
function anyTwo(nodes, rng) {
  const a = Math.floor(rng() * nodes.length);
  let b = Math.floor(rng() * (nodes.length - 1));
  if (b >= a) b++;
  return [nodes[a], nodes[b]];
}

/** An ancestor (a node with children) and one of its proper descendants. */
function ancestorAndDescendant(nodes, rng) {
  const inner = nodes.filter((at) => at.left !== null || at.right !== null);
  const top = pick(inner, rng);
  const below = nodesOf(top);
  return [top, below[1 + Math.floor(rng() * (below.length - 1))]];
}

/** On a path the answer is the shallower node: keep it within MAX_ANSWER_DEPTH; the deeper one is often the last node. */
function alongPath(nodes, rng) {
  const n = nodes.length;
  const upper = Math.floor(rng() * Math.min(n - 1, MAX_ANSWER_DEPTH + 1));
  const lower = rng() < 0.5 ? n - 1 : upper + 1 + Math.floor(rng() * (n - 1 - upper));
  return [nodes[upper], nodes[lower]];
}

const side = (rng) => (rng() < 0.5 ? 'left' : 'right');

/** Each shape: [outline(n, rng), choose(nodes, rng) → two nodes, value range]. */
const shapes = {
  random: [randomOutline, anyTwo, -MAX_VAL, MAX_VAL],
  complete: [complete, anyTwo, -MAX_VAL, MAX_VAL],
  'p ancestor of q': [randomOutline, ancestorAndDescendant, -MAX_VAL, MAX_VAL],
  'q ancestor of p': [randomOutline, (nodes, rng) => ancestorAndDescendant(nodes, rng).reverse(), -MAX_VAL, MAX_VAL],
  'opposite sides of root': [
    (n, rng) => {
      // Both subtrees of the root are non-empty.
      const root = node();
      const leftSize = 1 + Math.floor(rng() * (n - 2));
      attach(root, 'left', randomOutline(leftSize, rng));
      attach(root, 'right', randomOutline(n - 1 - leftSize, rng));
      for (const at of nodesOf(root)) if (at.parent !== null) at.depth = at.parent.depth + 1;
      return root;
    },
    (nodes, rng) => {
      const root = nodes[0];
      return [pick(nodesOf(root.left), rng), pick(nodesOf(root.right), rng)];
    },
    -MAX_VAL,
    MAX_VAL,
  ],
  'left path': [(n) => path(n, () => 'left'), alongPath, -MAX_VAL, MAX_VAL],
  'right path': [(n) => path(n, () => 'right'), alongPath, -MAX_VAL, MAX_VAL],
  'random path': [(n, rng) => path(n, () => side(rng)), alongPath, -MAX_VAL, MAX_VAL],
  'negative values': [randomOutline, anyTwo, -MAX_VAL, -1],
};

function generate(size, rng, shape) {
  const names = Object.keys(shapes);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(shapes, chosen)) throw new Error('unknown shape ' + shape);
  const [outline, choose, low, high] = shapes[chosen];
  const n = Math.max(chosen === 'opposite sides of root' ? 3 : 2, Math.min(MAX_NODES, size));
  const root = outline(n, rng);
  label(root, n, rng, low, high);
  const nodes = nodesOf(root).sort((a, b) => a.depth - b.depth);
  let [p, q] = choose(nodes, rng);
  if (rng() < 0.5 && chosen !== 'p ancestor of q' && chosen !== 'q ancestor of p') [p, q] = [q, p];
  return [levelOrder(root), p.val, q.val];
}
