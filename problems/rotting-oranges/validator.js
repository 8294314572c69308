/** LeetCode 994, Rotting Oranges: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([g]) {
  const [m, n] = grid('grid', g, 1, 10);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (g[i][j] !== 0 && g[i][j] !== 1 && g[i][j] !== 2) fail(`grid[${i}][${j}] must be 0, 1 or 2`);
  return true;
}
