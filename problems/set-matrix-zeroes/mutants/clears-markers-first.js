var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
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
  // Walks from the top-left, so row 0 is cleared before the rows below read its column markers.
  for (let r = 0; r < m; r++) {
    for (let c = 1; c < n; c++) {
      if (matrix[r][0] === 0 || matrix[0][c] === 0) matrix[r][c] = 0;
    }
    if (clearFirstColumn) matrix[r][0] = 0;
  }
};
