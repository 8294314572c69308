var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  // Clears the row and column on the spot, so the new zeros later in the scan clear more rows and columns.
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (matrix[r][c] !== 0) continue;
      for (let k = 0; k < n; k++) matrix[r][k] = 0;
      for (let k = 0; k < m; k++) matrix[k][c] = 0;
    }
  }
};
