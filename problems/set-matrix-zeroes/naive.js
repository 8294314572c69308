/**
 * Naive: snapshot the grid, then for every zero of the snapshot clear its whole row and column in
 * matrix, so O(m·n·(m + n)) when zeros are common.
 */
var setZeroes = function (matrix) {
  const m = matrix.length;
  const n = matrix[0].length;
  const snapshot = matrix.map((row) => row.slice());
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < n; c++) {
      if (snapshot[r][c] !== 0) continue;
      for (let k = 0; k < n; k++) matrix[r][k] = 0;
      for (let k = 0; k < m; k++) matrix[k][c] = 0;
    }
  }
};
