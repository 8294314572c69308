var networkDelayTime = function (times, n, k) {
  const out = [];
  for (let i = 0; i <= n; i++) out.push([]);
  for (const [u, v, w] of times) out[u].push([v, w]);
  const dist = {};
  dist[k] = 0;
  const queue = [k];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const [v, w] of out[u]) {
      // BUG: a distance of 0 reads as "not reached yet", so a link back to k (or a 0-cost node) is relaxed upward.
      if (!dist[v] || dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        queue.push(v);
      }
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === undefined) return -1;
    latest = Math.max(latest, dist[v]);
  }
  return latest;
};
