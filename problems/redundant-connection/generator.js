/**
 * A tree on nodes 1..n (n = size, at least 3) plus one extra link between two nodes not already
 * linked, listed in a shuffled order with the smaller label first. No upper cap: hidden tests stay
 * within the constraints (validator.js checks them); larger sizes are the efficiency tier's inputs.
 * Shapes pick the tree and where the extra link goes:
 *   default           random tree, random extra link
 *   "long cycle"      a path, extra link between its two far ends (the cycle holds every node)
 *   "triangle"        random tree, extra link from a node to its grandparent (a 3-cycle)
 *   "star"            one hub linked to all others, extra link between two leaves
 *   "cycle first"     random tree whose cycle links are listed before every other link
 *   "cycle with tails" a short cycle with long paths hanging off it
 *   "ordered path"    a path listed in order along it, closed at the end (the naive search's worst case)
 */
function generate(size, rng, shape) {
  const known = ['long cycle', 'triangle', 'star', 'cycle first', 'cycle with tails', 'ordered path'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const n = Math.max(3, size);
  const label = [0];
  for (let i = 1; i <= n; i++) label.splice(1 + Math.floor(rng() * i), 0, i);
  // tree[i] = index of the parent of the i-th node (by position in label), for i >= 1
  const par = [-1];
  for (let i = 1; i < n; i++) {
    if (shape === 'long cycle' || shape === 'ordered path') par.push(i - 1);
    else if (shape === 'star') par.push(0);
    else if (shape === 'cycle with tails') par.push(i < 4 ? i - 1 : rng() < 0.8 ? i - 1 : Math.floor(rng() * i));
    else par.push(Math.floor(rng() * i));
  }
  const node = (i) => label[i + 1];
  const linked = new Set();
  const key = (a, b) => Math.min(a, b) * 1e6 + Math.max(a, b);
  const edges = [];
  for (let i = 1; i < n; i++) {
    edges.push([node(par[i]), node(i)]);
    linked.add(key(par[i], i));
  }
  let u;
  let v;
  if (shape === 'long cycle' || shape === 'ordered path') {
    u = 0;
    v = n - 1;
  } else if (shape === 'star') {
    u = 1 + Math.floor(rng() * (n - 1));
    do v = 1 + Math.floor(rng() * (n - 1));
    while (v === u);
  } else if (shape === 'triangle' || shape === 'cycle with tails') {
    const deep = [];
    for (let i = 1; i < n; i++) if (par[i] > 0) deep.push(i);
    if (shape === 'cycle with tails' && n >= 4) {
      u = 3;
      v = 0;
    } else if (deep.length > 0) {
      u = deep[Math.floor(rng() * deep.length)];
      v = par[par[u]];
    }
  }
  if (u === undefined) {
    do {
      u = Math.floor(rng() * n);
      v = Math.floor(rng() * n);
    } while (u === v || linked.has(key(u, v)));
  }
  edges.push([node(u), node(v)]);
  if (shape !== 'ordered path') {
    for (let i = edges.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = edges[i];
      edges[i] = edges[j];
      edges[j] = t;
    }
  }
  if (shape === 'cycle first') {
    // Find the cycle (peel leaves), then move its links to the front, keeping their shuffled order.
    const deg = new Map();
    const adj = new Map();
    for (const [a, b] of edges) {
      for (const [x, y] of [[a, b], [b, a]]) {
        deg.set(x, (deg.get(x) || 0) + 1);
        if (!adj.has(x)) adj.set(x, []);
        adj.get(x).push(y);
      }
    }
    const leaves = [];
    for (const [x, d] of deg) if (d === 1) leaves.push(x);
    const gone = new Set();
    while (leaves.length > 0) {
      const x = leaves.pop();
      gone.add(x);
      for (const y of adj.get(x)) {
        deg.set(y, deg.get(y) - 1);
        if (deg.get(y) === 1 && !gone.has(y)) leaves.push(y);
      }
    }
    const onCycle = (e) => !gone.has(e[0]) && !gone.has(e[1]);
    const cycle = edges.filter(onCycle);
    const rest = edges.filter((e) => !onCycle(e));
    edges.length = 0;
    edges.push(...cycle, ...rest);
  }
  return [edges.map(([a, b]) => (a < b ? [a, b] : [b, a]))];
}
