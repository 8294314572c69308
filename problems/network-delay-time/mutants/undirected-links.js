var networkDelayTime = function (times, n, k) {
  const out = [];
  for (let i = 0; i <= n; i++) out.push([]);
  // BUG: every link is added in both directions, as if signals could travel back along it.
  for (const [u, v, w] of times) {
    out[u].push([v, w]);
    out[v].push([u, w]);
  }
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  const done = new Array(n + 1).fill(false);
  for (let round = 0; round < n; round++) {
    let u = -1;
    for (let v = 1; v <= n; v++) if (!done[v] && dist[v] < Infinity && (u === -1 || dist[v] < dist[u])) u = v;
    if (u === -1) break;
    done[u] = true;
    for (const [v, w] of out[u]) if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) latest = Math.max(latest, dist[v]);
  return latest === Infinity ? -1 : latest;
};
