var orangesRotting = function (grid) {
  // Simulate minute by minute, rescanning the whole grid each time.
  const rows = grid.length;
  const cols = grid[0].length;
  let minutes = 0;
  for (;;) {
    const turning = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid[r][c] !== 1) continue;
        const touches = (r > 0 && grid[r - 1][c] === 2) || (r + 1 < rows && grid[r + 1][c] === 2) ||
          (c > 0 && grid[r][c - 1] === 2) || (c + 1 < cols && grid[r][c + 1] === 2);
        if (touches) turning.push(r, c);
      }
    }
    if (turning.length === 0) break;
    for (let i = 0; i < turning.length; i += 2) grid[turning[i]][turning[i + 1]] = 2;
    minutes++;
  }
  for (const row of grid) if (row.includes(1)) return -1;
  return minutes;
};
