var spiralOrder = function (matrix) {
  const order = [];
  const bottom = matrix.length - 1;
  const right = matrix[0].length - 1;
  for (let c = 0; c <= right; c++) order.push(matrix[0][c]);
  for (let r = 1; r <= bottom; r++) order.push(matrix[r][right]);
  if (bottom > 0) for (let c = right - 1; c >= 0; c--) order.push(matrix[bottom][c]);
  if (right > 0) for (let r = bottom - 1; r > 0; r--) order.push(matrix[r][0]);
  return order;
};
