var spiralOrder = function (matrix) {
  const order = [];
  const rows = matrix.length;
  const cols = matrix[0].length;
  const rings = Math.ceil(Math.min(rows, cols) / 2);
  for (let k = 0; k < rings; k++) {
    const top = k;
    const bottom = rows - 1 - k;
    const left = k;
    const right = cols - 1 - k;
    for (let c = left; c <= right; c++) order.push(matrix[top][c]);
    for (let r = top + 1; r <= bottom; r++) order.push(matrix[r][right]);
    if (top < bottom) for (let c = right - 1; c >= left; c--) order.push(matrix[bottom][c]);
    if (left < right) for (let r = bottom - 1; r > top; r--) order.push(matrix[r][left]);
    if (rows === cols && k === rings - 1 && rows % 2 === 1) order.push(matrix[k][k]);
  }
  return order;
};
