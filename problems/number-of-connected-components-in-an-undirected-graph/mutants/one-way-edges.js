var countComponents = function (n, edges) {
  // Stores each edge only from its first node to its second, as if the graph were directed.
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [a, b] of edges) adj[a].push(b);
  const seen = new Array(n).fill(false);
  let components = 0;
  for (let i = 0; i < n; i++) {
    if (seen[i]) continue;
    components++;
    const stack = [i];
    seen[i] = true;
    while (stack.length > 0) {
      for (const w of adj[stack.pop()]) {
        if (!seen[w]) {
          seen[w] = true;
          stack.push(w);
        }
      }
    }
  }
  return components;
};
