var setZeroes = function (matrix) {
  const rows = new Set();
  const cols = new Set();
  matrix.forEach((row, r) => row.forEach((v, c) => {
    if (v === 0) {
      rows.add(r);
      cols.add(c);
    }
  }));
  // Builds and returns a new grid; the caller's matrix is never changed.
  return matrix.map((row, r) => row.map((v, c) => (rows.has(r) || cols.has(c) ? 0 : v)));
};
