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

function generate(size, rng) {
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(0, size);
  const root = randomShape(n, rng, rng() < 0.3);
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    node.val = -1000 + Math.floor(rng() * 2001);
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return [levelOrder(root)];
}
