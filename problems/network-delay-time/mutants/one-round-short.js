var networkDelayTime = function (times, n, k) {
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  // BUG: Bellman-Ford with n - 2 rounds; a shortest path can use n - 1 links.
  for (let round = 0; round < n - 2; round++) {
    let changed = false;
    for (const [u, v, w] of times) {
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        changed = true;
      }
    }
    if (!changed) break;
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]);
  return latest === Infinity ? -1 : latest;
};
