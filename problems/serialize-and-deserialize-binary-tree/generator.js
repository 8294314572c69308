// Binary trees as LeetCode level-order arrays, for a codec that must bring back the exact shape.
// Shapes stress what a format can lose: the side of a lone child (chains, zig-zags), the place of
// children after a missing node (sparse trees), signs and digit counts (values), and zeros.
function node() {
  return { left: null, right: null, val: 0 };
}

/** A uniformly grown outline: each new node fills a random free child slot. */
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

/** A path of n nodes; pickSide(i) says on which side node i hangs from node i - 1. */
function chain(n, pickSide) {
  if (n === 0) return null;
  const top = node();
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node();
    tip[pickSide(i)] = child;
    tip = child;
  }
  return top;
}

/** The complete tree of n nodes (every level full except the last, filled from the left). */
function complete(n) {
  if (n === 0) return null;
  const nodes = Array.from({ length: n }, node);
  for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
  return nodes[0];
}

/** Mostly one child per node, the side at random, with an occasional fork: many null slots in level order. */
function sparse(n, rng) {
  if (n === 0) return null;
  const root = node();
  const tips = [root];
  for (let i = 1; i < n; i++) {
    const at = rng() < 0.15 ? Math.floor(rng() * tips.length) : tips.length - 1;
    const parent = tips[at];
    const sides = ['left', 'right'].filter((s) => parent[s] === null);
    const child = node();
    parent[sides[Math.floor(rng() * sides.length)]] = child;
    if (sides.length === 1) {
      tips[at] = tips[tips.length - 1];
      tips.pop();
    }
    tips.push(child);
  }
  return root;
}

function nodesOf(root) {
  const out = [];
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const at = stack.pop();
    out.push(at);
    if (at.right !== null) stack.push(at.right);
    if (at.left !== null) stack.push(at.left);
  }
  return out;
}

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
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const anyValue = (rng) => between(rng, -1000, 1000);
// Values whose text is easy to get wrong: signs, zero, one to four digits, the bounds.
const TRICKY = [0, 1, -1, 9, -9, 10, -10, 99, -99, 100, -100, 999, -999, 1000, -1000, 11, 101, -101];
const trickyValue = (rng) => TRICKY[Math.floor(rng() * TRICKY.length)];

function label(root, value, rng) {
  for (const at of nodesOf(root)) at.val = value(rng);
  return root;
}

const side = (rng) => (rng() < 0.5 ? 'left' : 'right');

const shapes = {
  random: (n, rng) => label(randomOutline(n, rng), anyValue, rng),
  complete: (n, rng) => label(complete(n), anyValue, rng),
  'left chain': (n, rng) => label(chain(n, () => 'left'), anyValue, rng),
  'right chain': (n, rng) => label(chain(n, () => 'right'), anyValue, rng),
  'zig-zag': (n, rng) => label(chain(n, (i) => (i % 2 === 1 ? 'left' : 'right')), anyValue, rng),
  'random path': (n, rng) => label(chain(n, () => side(rng)), anyValue, rng),
  sparse: (n, rng) => label(sparse(n, rng), anyValue, rng),
  // Negative and multi-digit values, zeros and both bounds, on a random outline.
  'tricky values': (n, rng) => label(randomOutline(n, rng), trickyValue, rng),
  // Few distinct values (including 0): nodes cannot be told apart by value.
  'repeated values': (n, rng) => label(randomOutline(n, rng), (r) => between(r, -1, 1), rng),
};

function generate(size, rng, shape) {
  const names = Object.keys(shapes);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(shapes, chosen)) throw new Error('unknown shape ' + shape);
  return [levelOrder(shapes[chosen](Math.max(0, Math.min(10000, size)), rng))];
}
