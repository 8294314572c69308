/** LeetCode 695, Max Area of Island: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([g]) {
  const [m, n] = grid('grid', g, 1, 50);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (g[i][j] !== 0 && g[i][j] !== 1) fail(`grid[${i}][${j}] must be 0 or 1`);
  return true;
}
