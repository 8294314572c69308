var kClosest = function (points, k) {
  const keyed = points.map((point) => [(point[0] ^ 2) + (point[1] ^ 2), point]);
  keyed.sort((a, b) => a[0] - b[0]);
  const closest = [];
  for (let i = 0; i < k; i++) closest.push(keyed[i][1]);
  return closest;
};
