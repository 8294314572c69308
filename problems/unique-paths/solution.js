/**
 * @param {number} m
 * @param {number} n
 * @return {number}
 */
var uniquePaths = function (m, n) {
  // Routes into a cell = routes into the cell above + routes into the cell to its left. One row is
  // enough: before the update routes[col] still holds the row above, routes[col - 1] the cell to the left.
  const routes = new Array(n).fill(1);
  for (let row = 1; row < m; row++) {
    for (let col = 1; col < n; col++) {
      routes[col] += routes[col - 1];
    }
  }
  return routes[n - 1];
};
