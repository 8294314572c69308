var uniquePaths = function (m, n) {
  return 2 ** (m + n - 2);
};
