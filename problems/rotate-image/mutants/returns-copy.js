var rotate = function (matrix) {
  const n = matrix.length;
  const turned = matrix.map((row) => [...row]);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) turned[c][n - 1 - r] = matrix[r][c];
  }
  matrix = turned;
  return matrix;
};
