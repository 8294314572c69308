var minCostConnectPoints = function (points) {
  const n = points.length;
  const used = new Array(n).fill(false);
  used[0] = true;
  let current = 0;
  let total = 0;
  // BUG: always extends from the last point added (a greedy path), not from any point of the tree.
  for (let added = 1; added < n; added++) {
    let next = -1;
    let bestCost = Infinity;
    for (let v = 0; v < n; v++) {
      if (used[v]) continue;
      const cost = Math.abs(points[v][0] - points[current][0]) + Math.abs(points[v][1] - points[current][1]);
      if (cost < bestCost) {
        bestCost = cost;
        next = v;
      }
    }
    used[next] = true;
    total += bestCost;
    current = next;
  }
  return total;
};
