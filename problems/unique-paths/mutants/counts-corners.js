var uniquePaths = function (m, n) {
  let result = 1;
  for (let i = 1; i <= m; i++) result = (result * (n + i)) / i;
  return Math.round(result);
};
