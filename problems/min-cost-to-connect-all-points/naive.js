var minCostConnectPoints = function (points) {
  // Prim without per-point keys: each step scans every (tree point, outside point) pair for the cheapest link.
  const n = points.length;
  const inTree = new Array(n).fill(false);
  inTree[0] = true;
  let total = 0;
  for (let added = 1; added < n; added++) {
    let bestCost = Infinity;
    let bestPoint = -1;
    for (let a = 0; a < n; a++) {
      if (!inTree[a]) continue;
      for (let b = 0; b < n; b++) {
        if (inTree[b]) continue;
        const cost = Math.abs(points[a][0] - points[b][0]) + Math.abs(points[a][1] - points[b][1]);
        if (cost < bestCost) {
          bestCost = cost;
          bestPoint = b;
        }
      }
    }
    inTree[bestPoint] = true;
    total += bestCost;
  }
  return total;
};
