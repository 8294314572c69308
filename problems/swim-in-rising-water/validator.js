/** LeetCode 778, Swim in Rising Water: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([g]) {
  const [rows, cols] = grid('grid', g, 1, 50);
  if (rows !== cols) fail(`n == grid[i].length (the grid must be square, got ${rows} x ${cols})`);
  const n = rows;
  const seen = new Set();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = g[i][j];
      if (!Number.isInteger(v) || v < 0 || v >= n * n) fail(`0 <= grid[${i}][${j}] < n^2 (got ${v}, n = ${n})`);
      if (seen.has(v)) fail(`all values grid[i][j] must be unique (${v} repeats at grid[${i}][${j}])`);
      seen.add(v);
    }
  }
  return true;
}
