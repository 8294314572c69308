var searchMatrix = function (matrix, target) {
  let lo = 0;
  let hi = matrix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (matrix[mid][0] <= target) lo = mid;
    else hi = mid - 1;
  }
  const row = matrix[lo];
  return row[0] === target || row[row.length - 1] === target;
};
