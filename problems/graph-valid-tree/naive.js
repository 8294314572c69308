var validTree = function (n, edges) {
  // Before adding each edge, search the edges added so far for a path between its ends: O(n·E).
  if (edges.length !== n - 1) return false;
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [a, b] of edges) {
    const seen = new Set([a]);
    const stack = [a];
    while (stack.length > 0) {
      const v = stack.pop();
      if (v === b) return false;
      for (const w of adj[v]) {
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
    adj[a].push(b);
    adj[b].push(a);
  }
  return true;
};
