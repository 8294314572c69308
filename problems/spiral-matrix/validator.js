/** LeetCode 54, Spiral Matrix: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix]) {
  const [m, n] = grid('matrix', matrix, 1, 10);
  for (let i = 0; i < m; i++) ints(`matrix[${i}]`, matrix[i], n, n, -100, 100);
  return true;
}
