var swimInWater = function (grid) {
  // Only ever swims right or down: a dynamic programme over the grid.
  const n = grid.length;
  const dp = Array.from({ length: n }, () => new Array(n).fill(Infinity));
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (r === 0 && c === 0) {
        dp[r][c] = grid[0][0];
        continue;
      }
      const from = Math.min(r > 0 ? dp[r - 1][c] : Infinity, c > 0 ? dp[r][c - 1] : Infinity);
      dp[r][c] = Math.max(from, grid[r][c]);
    }
  }
  return dp[n - 1][n - 1];
};
