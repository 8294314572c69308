var minCostConnectPoints = function (points) {
  const n = points.length;
  const edges = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      edges.push([Math.abs(points[i][0] - points[j][0]) + Math.abs(points[i][1] - points[j][1]), i, j]);
    }
  }
  edges.sort((a, b) => a[0] - b[0]);
  // BUG: takes the n - 1 cheapest links without checking that they join different components.
  let total = 0;
  for (let e = 0; e < n - 1; e++) total += edges[e][0];
  return total;
};
