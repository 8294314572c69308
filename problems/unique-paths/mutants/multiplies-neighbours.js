var uniquePaths = function (m, n) {
  const routes = new Array(n).fill(1);
  for (let row = 1; row < m; row++) {
    for (let col = 1; col < n; col++) routes[col] *= routes[col - 1];
  }
  return routes[n - 1];
};
