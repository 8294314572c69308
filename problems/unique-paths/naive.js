var uniquePaths = function (m, n) {
  // Plain recursion without memoisation: one call per route, so O(C(m + n - 2, m - 1)) calls,
  // exponential in m + n.
  const walk = (row, col) => (row === 1 || col === 1 ? 1 : walk(row - 1, col) + walk(row, col - 1));
  return walk(m, n);
};
