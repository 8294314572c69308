var rotate = function (matrix) {
  const n = matrix.length;
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      const t = matrix[r][c];
      matrix[r][c] = matrix[c][r];
      matrix[c][r] = t;
    }
  }
};
