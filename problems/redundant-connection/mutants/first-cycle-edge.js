var findRedundantConnection = function (edges) {
  // Finds the cycle by peeling leaves, then returns its first link in input order.
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
  for (const [a, b] of edges) if (!gone.has(a) && !gone.has(b)) return [a, b];
  return [];
};
