/**
 * Dijkstra's algorithm with a binary min-heap of [distance, node] entries: O(E log E) time, O(n + E) space.
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function (times, n, k) {
  const out = [];
  for (let i = 0; i <= n; i++) out.push([]);
  for (const [u, v, w] of times) out[u].push(v, w);
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  const heap = [[0, k]];
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  let reached = 0;
  let latest = 0;
  while (heap.length > 0) {
    const [d, u] = pop();
    // A node can sit in the heap several times; only its first (smallest) pop is final.
    if (d > dist[u]) continue;
    reached++;
    latest = d;
    const edges = out[u];
    for (let e = 0; e < edges.length; e += 2) {
      const v = edges[e];
      const nd = d + edges[e + 1];
      if (nd < dist[v]) {
        dist[v] = nd;
        push([nd, v]);
      }
    }
  }
  // Nodes are settled in order of distance, so the last one settled arrives latest.
  return reached === n ? latest : -1;
};
