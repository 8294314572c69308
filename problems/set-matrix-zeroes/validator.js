/** LeetCode 73, Set Matrix Zeroes: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix]) {
  const [m, n] = grid('matrix', matrix, 1, 200);
  for (let r = 0; r < m; r++) ints(`matrix[${r}]`, matrix[r], n, n, -(2 ** 31), 2 ** 31 - 1);
  return true;
}
