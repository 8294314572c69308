/**
 * Naive: pick the closest remaining point k times, scanning every point each time, so O(n·k).
 */
var kClosest = function (points, k) {
  const taken = new Array(points.length).fill(false);
  const closest = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < points.length; i++) {
      if (taken[i]) continue;
      const d = points[i][0] * points[i][0] + points[i][1] * points[i][1];
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    taken[best] = true;
    closest.push(points[best]);
  }
  return closest;
};
