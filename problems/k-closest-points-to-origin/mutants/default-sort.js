var kClosest = function (points, k) {
  const keyed = points.map((point) => [point[0] * point[0] + point[1] * point[1], point]);
  keyed.sort();
  const closest = [];
  for (let i = 0; i < k; i++) closest.push(keyed[i][1]);
  return closest;
};
