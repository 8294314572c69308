// Binary trees as LeetCode level-order arrays, in shapes that decide which side each visible node
// comes from: zig-zag paths, a shallow right side over a deeper left one, a right spine whose left
// branches reach further down, and small value ranges full of zeros and repeats.
function node() {
  return { left: null, right: null, val: 0 };
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

/** A path of n nodes, each step going left or right at random. */
function path(n, rng) {
  if (n === 0) return null;
  const top = node();
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node();
    tip[rng() < 0.5 ? 'left' : 'right'] = child;
    tip = child;
  }
  return top;
}

const outlines = {
  random: (n, rng) => randomOutline(n, rng),
  path: (n, rng) => path(n, rng),
  complete: (n) => {
    if (n === 0) return null;
    const nodes = Array.from({ length: n }, node);
    for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
    return nodes[0];
  },
  // The right subtree is a short path; the left one holds most nodes and goes deeper, so the lower
  // levels are seen on the left side.
  'left side deeper': (n, rng) => {
    if (n === 0) return null;
    const root = node();
    const rightCount = Math.min(n - 1, Math.floor((n - 1) / 4));
    root.right = path(rightCount, rng);
    root.left = rng() < 0.5 ? path(n - 1 - rightCount, rng) : randomOutline(n - 1 - rightCount, rng);
    return root;
  },
  // A right spine whose nodes each carry a left branch; some branches outreach the spine below them.
  'right spine with left branches': (n, rng) => {
    if (n === 0) return null;
    const spineLength = Math.max(1, Math.ceil(n / 3));
    const spine = Array.from({ length: spineLength }, node);
    for (let i = 1; i < spineLength; i++) spine[i - 1].right = spine[i];
    let left = n - spineLength;
    for (let i = 0; i < spineLength && left > 0; i++) {
      const size = i === spineLength - 1 ? left : Math.min(left, Math.floor(rng() * 4));
      spine[i].left = path(size, rng);
      left -= size;
    }
    return spine[0];
  },
  'few values': (n, rng) => randomOutline(n, rng),
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
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(outlines, chosen)) throw new Error('unknown shape ' + shape);
  const n = Math.max(0, Math.min(100, size));
  const root = outlines[chosen](n, rng);
  const [low, high] = chosen === 'few values' ? [-1, 1] : [-100, 100];
  const stack = root === null ? [] : [root];
  while (stack.length > 0) {
    const at = stack.pop();
    at.val = low + Math.floor(rng() * (high - low + 1));
    if (at.left) stack.push(at.left);
    if (at.right) stack.push(at.right);
  }
  return [levelOrder(root)];
}
