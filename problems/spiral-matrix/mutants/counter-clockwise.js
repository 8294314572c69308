var spiralOrder = function (matrix) {
  const order = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let r = top; r <= bottom; r++) order.push(matrix[r][left]);
    for (let c = left + 1; c <= right; c++) order.push(matrix[bottom][c]);
    if (left < right) for (let r = bottom - 1; r >= top; r--) order.push(matrix[r][right]);
    if (top < bottom) for (let c = right - 1; c > left; c--) order.push(matrix[top][c]);
    top++;
    bottom--;
    left++;
    right--;
  }
  return order;
};
