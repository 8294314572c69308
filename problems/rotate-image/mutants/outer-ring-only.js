var rotate = function (matrix) {
  const n = matrix.length;
  const last = n - 1;
  for (let i = 0; i < last; i++) {
    const top = matrix[0][i];
    matrix[0][i] = matrix[last - i][0];
    matrix[last - i][0] = matrix[last][last - i];
    matrix[last][last - i] = matrix[i][last];
    matrix[i][last] = top;
  }
};
