var validTree = function (n, edges) {
  // Stores each edge only from its first node to its second, then requires node 0 to reach all.
  if (edges.length !== n - 1) return false;
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [a, b] of edges) adj[a].push(b);
  const seen = new Array(n).fill(false);
  const stack = [0];
  seen[0] = true;
  let reached = 1;
  while (stack.length > 0) {
    for (const w of adj[stack.pop()]) {
      if (!seen[w]) {
        seen[w] = true;
        reached++;
        stack.push(w);
      }
    }
  }
  return reached === n;
};
