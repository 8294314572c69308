/**
 * Clone Graph inputs: a connected undirected graph of n = size nodes (0..100) as LeetCode's adjacency
 * list. The shape is built on vertices 0..n-1, then the vertices get the values 1..n in a random order
 * and every neighbour list is shuffled, so the given node (val 1) can sit anywhere in the shape: the
 * end or the middle of a path, the centre or a leaf of a star.
 */
function generate(size, rng, shape) {
  const n = Math.max(0, Math.min(100, size));
  const edges = new Set();
  const pairs = [];
  const add = (a, b) => {
    if (a === b) return;
    const key = a < b ? a * 1000 + b : b * 1000 + a;
    if (edges.has(key)) return;
    edges.add(key);
    pairs.push([a, b]);
  };
  // Each vertex after the first hangs off a random earlier one: a random spanning tree, so the graph is connected.
  const randomTree = (from, to) => {
    for (let v = from + 1; v < to; v++) add(v, from + Math.floor(rng() * (v - from)));
  };
  const sprinkle = (from, to, p) => {
    for (let a = from; a < to; a++) for (let b = a + 1; b < to; b++) if (rng() < p) add(a, b);
  };
  switch (shape) {
    // A random tree plus random extra edges at a random density: sparse to fairly dense.
    case undefined:
      randomTree(0, n);
      sprinkle(0, n, rng() * rng() * 0.6);
      break;
    // No cycles at all: every node is reached exactly once.
    case 'tree':
      randomTree(0, n);
      break;
    // One long chain: the deepest traversal, and the given node may be in its middle.
    case 'path':
      for (let v = 1; v < n; v++) add(v - 1, v);
      break;
    // A single ring: the walk comes back to a node it has already copied.
    case 'cycle':
      for (let v = 1; v < n; v++) add(v - 1, v);
      if (n >= 3) add(n - 1, 0);
      break;
    // One centre joined to every other node, and nothing else.
    case 'star':
      for (let v = 1; v < n; v++) add(0, v);
      break;
    // Every pair of nodes joined: each node is reached from every other.
    case 'complete':
      sprinkle(0, n, 1);
      break;
    // A random tree plus most of the other pairs.
    case 'dense':
      randomTree(0, n);
      sprinkle(0, n, 0.7);
      break;
    // Two dense clusters joined by a single bridge edge: half the graph is reachable only across it.
    case 'bridged clusters': {
      const half = Math.max(1, Math.floor(n / 2));
      randomTree(0, half);
      sprinkle(0, half, 0.6);
      randomTree(half, n);
      sprinkle(half, n, 0.6);
      if (n > half) add(Math.floor(rng() * half), half + Math.floor(rng() * (n - half)));
      break;
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
  // Random values 1..n for the vertices (Fisher–Yates), then shuffled neighbour lists.
  const label = [];
  for (let i = 0; i < n; i++) label.push(i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = label[i];
    label[i] = label[j];
    label[j] = t;
  }
  const adj = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    adj[label[a] - 1].push(label[b]);
    adj[label[b] - 1].push(label[a]);
  }
  for (const list of adj) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = list[i];
      list[i] = list[j];
      list[j] = t;
    }
  }
  return [adj];
}
