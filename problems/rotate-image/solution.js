/**
 * @param {number[][]} matrix
 * @return {void} Do not return anything, modify matrix in-place instead.
 */
var rotate = function (matrix) {
  const n = matrix.length;
  // A quarter turn clockwise is a transpose followed by mirroring each row.
  for (let r = 0; r < n; r++) {
    for (let c = r + 1; c < n; c++) {
      const t = matrix[r][c];
      matrix[r][c] = matrix[c][r];
      matrix[c][r] = t;
    }
  }
  for (const row of matrix) row.reverse();
};
