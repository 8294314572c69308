// Binary trees as LeetCode level-order arrays, in shapes that move where the best path bends:
// all-negative trees (the answer is one node), positive clusters joined by negative nodes (is the
// bridge worth crossing?), paths whose best stretch sits in the middle, and long paths.
function node() {
  return { left: null, right: null, val: 0 };
}

function randomOutline(n, rng) {
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

function path(n, rng) {
  const top = node();
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node();
    tip[rng() < 0.5 ? 'left' : 'right'] = child;
    tip = child;
  }
  return top;
}

function complete(n) {
  const nodes = Array.from({ length: n }, node);
  for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
  return nodes[0];
}

const randomValue = (rng, low, high) => low + Math.floor(rng() * (high - low + 1));

/** Gives every node a value from pick(rng, depth). */
function fill(root, rng, pick) {
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [at, depth] = stack.pop();
    at.val = pick(rng, depth);
    if (at.left !== null) stack.push([at.left, depth + 1]);
    if (at.right !== null) stack.push([at.right, depth + 1]);
  }
  return root;
}

const anyValue = (r) => randomValue(r, -1000, 1000);

const shapes = {
  random: (n, rng) => fill(randomOutline(n, rng), rng, anyValue),
  path: (n, rng) => fill(path(n, rng), rng, anyValue),
  complete: (n, rng) => fill(complete(n), rng, anyValue),
  // Every value negative: the best path is the single largest node.
  'all negative': (n, rng) => fill(randomOutline(n, rng), rng, (r) => randomValue(r, -1000, -1)),
  // Mostly positive, with a few deep negatives: the best path crosses some of them and not others.
  'negative bridges': (n, rng) => fill(randomOutline(n, rng), rng, (r) => (r() < 0.25 ? randomValue(r, -1000, -50) : randomValue(r, 1, 300))),
  // Values from {-2, ..., 2}: many zeros and ties between path choices.
  'few values': (n, rng) => fill(randomOutline(n, rng), rng, (r) => randomValue(r, -2, 2)),
  // A negative root above two rich subtrees: the best path stays below the root.
  'negative root': (n, rng) => fill(randomOutline(n, rng), rng, (r, depth) => (depth === 0 ? randomValue(r, -1000, -500) : randomValue(r, -100, 200))),
  // A long path of positives: every node is on the best path, and the sum reaches millions.
  'positive path': (n, rng) => fill(path(n, rng), rng, (r) => randomValue(r, 900, 1000)),
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
  const names = Object.keys(shapes);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(shapes, chosen)) throw new Error('unknown shape ' + shape);
  return [levelOrder(shapes[chosen](Math.max(1, Math.min(30000, size)), rng))];
}
