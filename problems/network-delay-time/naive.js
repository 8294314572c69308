var networkDelayTime = function (times, n, k) {
  // Bellman-Ford: relax every link, round after round, until nothing improves (at most n - 1 rounds).
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  for (let round = 1; round < n; round++) {
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
