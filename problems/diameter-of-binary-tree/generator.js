// Binary trees as LeetCode level-order arrays, in shapes that move the longest path around:
// through the root, inside one subtree far from the root, along a single path.
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

/** A path of n nodes turning left or right at random; returns [top, bottom]. */
function path(n, rng) {
  const top = node();
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node();
    tip[rng() < 0.5 ? 'left' : 'right'] = child;
    tip = child;
  }
  return [top, tip];
}

const outlines = {
  random: (n, rng) => randomOutline(n, rng),
  path: (n, rng) => path(n, rng)[0],
  complete: (n) => {
    const nodes = Array.from({ length: n }, node);
    for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
    return nodes[0];
  },
  // The root's short side is a single leaf; the other side holds a random subtree whose own
  // longest path is longer than any path through the root.
  'longest path below the root': (n, rng) => {
    const root = node();
    if (n === 1) return root;
    const big = randomOutline(Math.max(1, n - 2), rng);
    const side = rng() < 0.5 ? 'left' : 'right';
    root[side] = big;
    if (n > 2) root[side === 'left' ? 'right' : 'left'] = node();
    return root;
  },
  // A spine with a leaf hanging off most of its nodes: many equal-length candidates.
  caterpillar: (n, rng) => {
    const [top] = path(Math.ceil(n / 2), rng);
    let placed = Math.ceil(n / 2);
    for (let at = top; at !== null && placed < n; at = at.left || at.right) {
      if (at.left === null) at.left = node();
      else if (at.right === null) at.right = node();
      else continue;
      placed++;
    }
    return top;
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

// No upper cap: the efficiency tier asks for trees beyond the 10^4 nodes of the constraints.
function generate(size, rng, shape) {
  const names = Object.keys(outlines);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(outlines, chosen)) throw new Error('unknown shape ' + shape);
  const root = outlines[chosen](Math.max(1, size), rng);
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop();
    at.val = -100 + Math.floor(rng() * 201);
    if (at.left) stack.push(at.left);
    if (at.right) stack.push(at.right);
  }
  return [levelOrder(root)];
}
