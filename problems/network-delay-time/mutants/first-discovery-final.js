var networkDelayTime = function (times, n, k) {
  const out = [];
  for (let i = 0; i <= n; i++) out.push([]);
  for (const [u, v, w] of times) out[u].push([v, w]);
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  const queue = [k];
  // BUG: a node's first discovered distance is treated as final; a cheaper path found later is ignored.
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const [v, w] of out[u]) {
      if (dist[v] === Infinity) {
        dist[v] = dist[u] + w;
        queue.push(v);
      }
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]);
  return latest === Infinity ? -1 : latest;
};
