/** LeetCode 48, Rotate Image: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([matrix]) {
  const [m, n] = grid('matrix', matrix, 1, 20);
  if (m !== n) fail(`matrix must be square (n == matrix.length == matrix[i].length), found ${m} × ${n}`);
  for (let i = 0; i < n; i++) ints(`matrix[${i}]`, matrix[i], n, n, -1000, 1000);
  return true;
}
