/**
 * @param {number[][]} points
 * @param {number} k
 * @return {number[][]}
 */
var kClosest = function (points, k) {
  // Squared distances are exact integers (at most 2 * 10^8), so no square root is needed, and the
  // k-th smallest distance is never tied with the next one, so the first k after sorting are the answer.
  const keyed = points.map((point) => [point[0] * point[0] + point[1] * point[1], point]);
  keyed.sort((a, b) => a[0] - b[0]);
  const closest = [];
  for (let i = 0; i < k; i++) closest.push(keyed[i][1]);
  return closest;
};
