/** LeetCode 74, Search a 2D Matrix: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix, target]) {
  const [m, n] = grid('matrix', matrix, 1, 100);
  for (let r = 0; r < m; r++) ints(`matrix[${r}]`, matrix[r], n, n, -1e4, 1e4);
  int('target', target, -1e4, 1e4);
  for (let r = 0; r < m; r++) {
    for (let c = 1; c < n; c++) {
      if (matrix[r][c - 1] > matrix[r][c]) fail(`each row must be sorted in non-decreasing order (matrix[${r}][${c - 1}] = ${matrix[r][c - 1]}, matrix[${r}][${c}] = ${matrix[r][c]})`);
    }
    if (r > 0 && matrix[r][0] <= matrix[r - 1][n - 1]) {
      fail(`the first value of each row must be greater than the last value of the previous row (matrix[${r}][0] = ${matrix[r][0]}, matrix[${r - 1}][${n - 1}] = ${matrix[r - 1][n - 1]})`);
    }
  }
  return true;
}
