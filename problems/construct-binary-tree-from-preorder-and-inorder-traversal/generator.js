// Random binary trees with unique values, given as [preorder, inorder]. Shapes move the root's
// inorder position around: chains to either side (preorder equals inorder, or reverses it), zig-zags,
// complete trees, and binary search trees (sorted inorder, the case a sorted-array shortcut passes).
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

function chain(n, pickSide, rng) {
  const top = node();
  let tip = top;
  for (let i = 1; i < n; i++) {
    const child = node();
    tip[pickSide(i, rng)] = child;
    tip = child;
  }
  return top;
}

function complete(n) {
  const nodes = Array.from({ length: n }, node);
  for (let i = 1; i < n; i++) nodes[(i - 1) >> 1][i % 2 === 1 ? 'left' : 'right'] = nodes[i];
  return nodes[0];
}

/** n distinct values from [low, high], in random order. */
function distinctValues(n, rng, low, high) {
  const chosen = new Set();
  while (chosen.size < n) chosen.add(low + Math.floor(rng() * (high - low + 1)));
  return [...chosen];
}

function inorderNodes(root) {
  const out = [];
  const stack = [];
  for (let at = root; at !== null || stack.length > 0; ) {
    while (at !== null) {
      stack.push(at);
      at = at.left;
    }
    at = stack.pop();
    out.push(at);
    at = at.right;
  }
  return out;
}

function preorderNodes(root) {
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

/** Random distinct values in random order, or in inorder-sorted order for a binary search tree. */
function label(root, rng, sorted, low, high) {
  const nodes = preorderNodes(root);
  const values = distinctValues(nodes.length, rng, low, high);
  if (sorted) {
    values.sort((a, b) => a - b);
    inorderNodes(root).forEach((at, i) => (at.val = values[i]));
  } else {
    nodes.forEach((at, i) => (at.val = values[i]));
  }
  return root;
}

const side = (rng) => (rng() < 0.5 ? 'left' : 'right');

const shapes = {
  random: (n, rng) => label(randomOutline(n, rng), rng, false, -3000, 3000),
  complete: (n, rng) => label(complete(n), rng, false, -3000, 3000),
  'left chain': (n, rng) => label(chain(n, () => 'left', rng), rng, false, -3000, 3000),
  'right chain': (n, rng) => label(chain(n, () => 'right', rng), rng, false, -3000, 3000),
  'random path': (n, rng) => label(chain(n, (_, r) => side(r), rng), rng, false, -3000, 3000),
  'zig-zag': (n, rng) => label(chain(n, (i) => (i % 2 === 1 ? 'left' : 'right'), rng), rng, false, -3000, 3000),
  // A binary search tree: inorder is sorted, so the root could be found by binary search here only.
  'search tree': (n, rng) => label(randomOutline(n, rng), rng, true, -3000, 3000),
  // Values packed into a small range around zero, negatives and 0 included.
  'small values': (n, rng) => label(randomOutline(n, rng), rng, false, -Math.max(n, 5), Math.max(n, 5)),
};

function generate(size, rng, shape) {
  const names = Object.keys(shapes);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(shapes, chosen)) throw new Error('unknown shape ' + shape);
  const root = shapes[chosen](Math.max(1, Math.min(3000, size)), rng);
  return [preorderNodes(root).map((at) => at.val), inorderNodes(root).map((at) => at.val)];
}
