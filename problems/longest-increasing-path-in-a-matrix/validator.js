/** LeetCode 329, Longest Increasing Path in a Matrix: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix]) {
  const [m, n] = grid('matrix', matrix, 1, 200);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) int(`matrix[${i}][${j}]`, matrix[i][j], 0, 2147483647);
  return true;
}
