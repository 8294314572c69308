var uniquePaths = function (m, n) {
  const ways = Array.from({ length: m }, () => new Array(n).fill(0));
  for (let r = 0; r < m; r++) ways[r][0] = 1;
  for (let r = 1; r < m; r++) {
    for (let c = 1; c < n; c++) ways[r][c] = ways[r - 1][c] + ways[r][c - 1];
  }
  return ways[m - 1][n - 1];
};
