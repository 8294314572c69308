var orangesRotting = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  let minutes = 0;
  for (;;) {
    let changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid[r][c] !== 2) continue;
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] === 1) {
            grid[nr][nc] = 2;
            changed = true;
          }
        }
      }
    }
    if (!changed) break;
    minutes++;
  }
  for (const row of grid) if (row.includes(1)) return -1;
  return minutes;
};
