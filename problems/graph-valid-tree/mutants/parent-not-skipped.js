var validTree = function (n, edges) {
  // DFS that sees the edge back to the node it came from as a cycle.
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
  const seen = new Array(n).fill(false);
  const hasCycle = (v) => {
    seen[v] = true;
    for (const w of adj[v]) {
      if (seen[w]) return true;
      if (hasCycle(w)) return true;
    }
    return false;
  };
  if (hasCycle(0)) return false;
  return seen.every(Boolean);
};
