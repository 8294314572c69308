var findRedundantConnection = function (edges) {
  // For each link, search the links before it for a path between its ends: O(n^2).
  const adj = new Map();
  for (const [a, b] of edges) {
    const seen = new Set([a]);
    const stack = [a];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === b) return [a, b];
      for (const next of adj.get(node) || []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a).push(b);
    adj.get(b).push(a);
  }
  return [];
};
