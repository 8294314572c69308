var minCostConnectPoints = function (points) {
  const n = points.length;
  const best = new Array(n).fill(Infinity);
  const inTree = new Array(n).fill(false);
  best[0] = 0;
  let total = 0;
  // BUG: stops one point early, as if the first point were an added link.
  for (let step = 0; step < n - 1; step++) {
    let u = -1;
    for (let i = 0; i < n; i++) {
      if (!inTree[i] && (u === -1 || best[i] < best[u])) u = i;
    }
    inTree[u] = true;
    total += best[u];
    const [ux, uy] = points[u];
    for (let v = 0; v < n; v++) {
      if (inTree[v]) continue;
      const cost = Math.abs(points[v][0] - ux) + Math.abs(points[v][1] - uy);
      if (cost < best[v]) best[v] = cost;
    }
  }
  return total;
};
