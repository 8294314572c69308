var findRedundantConnection = function (edges) {
  // Returns the last link whose two ends each have another link, as if that put it on the cycle.
  const deg = new Map();
  for (const [a, b] of edges) {
    deg.set(a, (deg.get(a) || 0) + 1);
    deg.set(b, (deg.get(b) || 0) + 1);
  }
  for (let i = edges.length - 1; i >= 0; i--) {
    const [a, b] = edges[i];
    if (deg.get(a) >= 2 && deg.get(b) >= 2) return edges[i];
  }
  return [];
};
