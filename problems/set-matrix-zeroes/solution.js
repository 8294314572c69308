/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, modify matrix in-place instead.
 */
var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  // Row 0 and column 0 double as the markers: matrix[r][0] = 0 means "clear row r" and
  // matrix[0][c] = 0 means "clear column c". matrix[0][0] marks row 0, so column 0 needs its own flag.
  let clearFirstColumn = false;
  for (let r = 0; r < m; r++) {
    if (matrix[r][0] === 0) clearFirstColumn = true;
    for (let c = 1; c < n; c++) {
      if (matrix[r][c] === 0) {
        matrix[r][0] = 0;
        matrix[0][c] = 0;
      }
    }
  }
  // Clear from the bottom-right so that row 0 and column 0, the markers, are read before they change.
  for (let r = m - 1; r >= 0; r--) {
    for (let c = n - 1; c >= 1; c--) {
      if (matrix[r][0] === 0 || matrix[0][c] === 0) matrix[r][c] = 0;
    }
    if (clearFirstColumn) matrix[r][0] = 0;
  }
};
