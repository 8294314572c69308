/** LeetCode 230, Kth Smallest Element in a BST: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([root, k]) {
  const nodes = tree('root', root, 1, 1e4, 0, 1e4);
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > nodes.length) fail('k must be an integer with 1 <= k <= n, the number of nodes');
  // In-order values must strictly increase: a binary search tree (iteratively; the tree may be a path).
  const stack = [];
  let at = 0;
  let previous = -Infinity;
  while (at !== -1 || stack.length > 0) {
    while (at !== -1) {
      stack.push(at);
      at = nodes[at].left;
    }
    const node = nodes[stack.pop()];
    if (node.val <= previous) fail(`the tree must be a binary search tree (in order, ${node.val} follows ${previous})`);
    previous = node.val;
    at = node.right;
  }
  return true;
}

// Helpers shared by the bank's validators (the same text in each file).

function fail(message) {
  throw new Error(message);
}

/** LeetCode's notation for a bound: 10000 → "10^4", 50000 → "5 * 10^4", 2147483647 → "2^31 - 1". */
function show(n) {
  if (n === 2147483647) return '2^31 - 1';
  if (n === -2147483648) return '-2^31';
  if (n === 2147483646) return '2^31 - 2';
  for (let e = 4; e <= 9; e++) {
    const k = Math.abs(n) / 10 ** e;
    if (Number.isInteger(k) && k >= 1 && k < 10) return `${n < 0 ? '-' : ''}${k === 1 ? '' : `${k} * `}10^${e}`;
  }
  return String(n);
}

function int(name, v, lo, hi) {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(`${name} must be an integer`);
  if (v < lo || v > hi) fail(`${name} must be between ${show(lo)} and ${show(hi)}`);
}

/**
 * A binary tree in LeetCode's level order (null for a missing child), of minNodes..maxNodes nodes with
 * values in [lo, hi]. Returns its nodes as { val, left, right } with child indices (-1 for none).
 * Entries past the last node's children would be silently dropped, so they are refused.
 */
function tree(name, a, minNodes, maxNodes, lo, hi) {
  if (!Array.isArray(a)) fail(`${name} must be an array in level order`);
  const nodes = [];
  if (a.length > 0) {
    if (a[0] === null) fail(`${name}: a non-empty tree must start with its root value, not null`);
    nodes.push({ val: a[0], left: -1, right: -1 });
  }
  let next = 1;
  for (let parent = 0; parent < nodes.length && next < a.length; parent++) {
    for (const side of ['left', 'right']) {
      if (next >= a.length) break;
      if (a[next] !== null) {
        nodes[parent][side] = nodes.length;
        nodes.push({ val: a[next], left: -1, right: -1 });
      }
      next++;
    }
  }
  if (next < a.length) fail(`${name}: ${a.length - next} entries after the last node's children`);
  if (nodes.length < minNodes || nodes.length > maxNodes) fail(`the number of nodes in ${name} must be between ${show(minNodes)} and ${show(maxNodes)}`);
  for (let i = 0; i < nodes.length; i++) int(`Node.val in ${name}`, nodes[i].val, lo, hi);
  return nodes;
}
