var searchMatrix = function (matrix, target) {
  let row = 0;
  for (let r = 0; r < matrix.length; r++) if (matrix[r][0] < target) row = r;
  let lo = 0;
  let hi = matrix[row].length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (matrix[row][mid] === target) return true;
    if (matrix[row][mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
};
