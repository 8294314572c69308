// Binary trees as LeetCode level-order arrays, in shapes that move where the good nodes are:
// values rising or falling down every path, paths with ties, negative roots, long paths.
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

/** Values in preorder, each from its parent's value: step(parentValue, rng) → child value. */
function fillDown(root, rng, rootValue, step) {
  root.val = rootValue;
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop();
    for (const child of [at.left, at.right]) {
      if (child === null) continue;
      child.val = Math.max(-10000, Math.min(10000, step(at.val, rng)));
      stack.push(child);
    }
  }
  return root;
}

const shapes = {
  random: (n, rng) => fillDown(randomOutline(n, rng), rng, randomValue(rng, -10000, 10000), (_, r) => randomValue(r, -10000, 10000)),
  path: (n, rng) => fillDown(path(n, rng), rng, randomValue(rng, -100, 100), (v, r) => v + randomValue(r, -3, 3)),
  complete: (n, rng) => fillDown(complete(n), rng, randomValue(rng, -10, 10), (_, r) => randomValue(r, -10, 10)),
  // Every child at least its parent: every node is good.
  'rising down every path': (n, rng) => fillDown(randomOutline(n, rng), rng, randomValue(rng, -10000, -9000), (v, r) => v + randomValue(r, 0, 2)),
  // A long path whose values never fall: every node is good, and a check that rescans the path
  // above each node does its full O(n·h) work.
  'rising path': (n, rng) => fillDown(path(n, rng), rng, randomValue(rng, -10000, -9000), (v, r) => v + (r() < 0.3 ? 1 : 0)),
  // Every child below or equal to its parent: only the root and the ties with it are good.
  'falling down every path': (n, rng) => fillDown(randomOutline(n, rng), rng, randomValue(rng, 9000, 10000), (v, r) => v - randomValue(r, 0, 2)),
  // Values from {-1, 0, 1}: many ties with the maximum above, and zeros.
  'few values': (n, rng) => fillDown(randomOutline(n, rng), rng, randomValue(rng, -1, 1), (_, r) => randomValue(r, -1, 1)),
  // A negative root whose descendants are all negative too.
  'all negative': (n, rng) => fillDown(randomOutline(n, rng), rng, randomValue(rng, -10000, -1), (_, r) => randomValue(r, -10000, -1)),
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
  return [levelOrder(shapes[chosen](Math.max(1, Math.min(100000, size)), rng))];
}
