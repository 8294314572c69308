/**
 * n = size nodes (at least 2) split into groups; each group gets a random spanning tree (so the group
 * is exactly one component), then extra edges inside groups close cycles. Edges are shuffled and
 * written with the smaller label first. No upper cap: hidden tests stay within the constraints
 * (validator.js checks them); larger sizes are the efficiency tier's inputs.
 * Shapes:
 *   default          a random number of groups, some extra edges
 *   "isolated nodes" one to three edges, every other node alone
 *   "one component"  a single group with extra edges
 *   "long chains"    a few groups, each a path in random label order, no extra edges
 *   "dense"          one to three groups and about 2.5 edges per node, mostly redundant
 *   "pairs"          disjoint pairs, plus a leftover node when n is odd
 */
function generate(size, rng, shape) {
  const known = ['isolated nodes', 'one component', 'long chains', 'dense', 'pairs'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const n = Math.max(2, size);
  const pick = (k) => Math.floor(rng() * k);
  const order = [];
  for (let i = 0; i < n; i++) order.splice(pick(i + 1), 0, i);
  let groups;
  if (shape === 'isolated nodes') groups = n - 1 - pick(Math.min(3, n - 1));
  else if (shape === 'one component') groups = 1;
  else if (shape === 'long chains') groups = 1 + pick(Math.min(4, n));
  else if (shape === 'dense') groups = 1 + pick(Math.min(3, n));
  else if (shape === 'pairs') groups = Math.ceil(n / 2);
  else groups = 1 + pick(n);
  // Cut the shuffled order into `groups` consecutive runs (the first groups - 1 cut points random).
  const member = [];
  if (shape === 'pairs') {
    for (let i = 0; i < n; i += 2) member.push(order.slice(i, i + 2));
  } else if (shape === 'isolated nodes') {
    // groups = n - m: one run of m + 1 nodes, or m pairs... keep it simple: one run, the rest alone.
    const m = n - groups;
    member.push(order.slice(0, m + 1));
    for (let i = m + 1; i < n; i++) member.push([order[i]]);
  } else {
    const cuts = new Set();
    while (cuts.size < groups - 1) cuts.add(1 + pick(n - 1));
    const sorted = [0, ...[...cuts].sort((x, y) => x - y), n];
    for (let g = 0; g + 1 < sorted.length; g++) member.push(order.slice(sorted[g], sorted[g + 1]));
  }
  const seen = new Set();
  const edges = [];
  const add = (a, b) => {
    if (a === b) return false;
    const key = Math.min(a, b) * 1e6 + Math.max(a, b);
    if (seen.has(key)) return false;
    seen.add(key);
    edges.push(a < b ? [a, b] : [b, a]);
    return true;
  };
  for (const g of member) {
    for (let i = 1; i < g.length; i++) add(g[i], shape === 'long chains' ? g[i - 1] : g[pick(i)]);
  }
  let extra = 0;
  if (shape === 'dense') extra = Math.floor(2.5 * n) - edges.length;
  else if (shape === 'one component' || shape === undefined) extra = pick(Math.floor(1.5 * n) + 1);
  const big = member.filter((g) => g.length >= 3);
  let attempts = 0;
  while (extra > 0 && big.length > 0 && attempts < 20 * n) {
    attempts++;
    const g = big[pick(big.length)];
    if (add(g[pick(g.length)], g[pick(g.length)])) extra--;
  }
  if (edges.length === 0) add(order[0], order[1]);
  for (let i = edges.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    const t = edges[i];
    edges[i] = edges[j];
    edges[j] = t;
  }
  return [n, edges];
}
