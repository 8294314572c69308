// Random binary tree shapes, returned as LeetCode level-order arrays.
function randomShape(n, rng, vine) {
  if (n === 0) return null;
  const root = { left: null, right: null, val: 0 };
  if (vine) {
    // A long path that turns left or right at random: depth close to n.
    let tip = root;
    for (let i = 1; i < n; i++) {
      const child = { left: null, right: null, val: 0 };
      if (rng() < 0.5) tip.left = child;
      else tip.right = child;
      tip = child;
    }
    return root;
  }
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

function inOrderNodes(root) {
  const out = [];
  const stack = [];
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    out.push(node);
    node = node.right;
  }
  return out;
}

function generate(size, rng) {
  const n = Math.max(1, Math.min(10000, size));
  // One input in five is a path (depth n). Half of those, picked by this first draw, always stay
  // valid: the worst case for checking each node against its whole subtree, about n^2 / 2 visits.
  const shape = rng();
  const worstCase = shape < 0.1;
  const root = randomShape(n, rng, shape < 0.2);
  const values = [];
  for (let i = 0; i < n; i++) values.push(-2147483648 + Math.floor(rng() * 4294967296));
  values.sort((a, b) => a - b);
  for (let i = 1; i < n; i++) if (values[i] <= values[i - 1]) values[i] = values[i - 1] + 1;
  const nodes = inOrderNodes(root);
  nodes.forEach((node, i) => {
    node.val = Math.min(values[i], 2147483647);
  });
  // Otherwise half the inputs stay valid; the rest get one swap or one duplicated neighbour, the two usual breakages.
  const breakage = worstCase ? 1 : rng();
  if (n >= 2 && breakage < 0.25) {
    const i = Math.floor(rng() * n);
    let j = Math.floor(rng() * n);
    if (j === i) j = (i + 1) % n;
    const v = nodes[i].val;
    nodes[i].val = nodes[j].val;
    nodes[j].val = v;
  } else if (n >= 2 && breakage < 0.5) {
    const i = Math.floor(rng() * (n - 1));
    nodes[i].val = nodes[i + 1].val;
  }
  return [levelOrder(root)];
}
