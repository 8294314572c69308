var orangesRotting = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const rowSteps = [1, -1, 0, 0];
  const colSteps = [0, 0, 1, -1];
  let fresh = 0;
  let frontier = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 1) fresh++;
      else if (grid[r][c] === 2) frontier.push(r, c);
    }
  }
  frontier = frontier.slice(0, 2);
  let minutes = 0;
  while (fresh > 0 && frontier.length > 0) {
    const next = [];
    for (let i = 0; i < frontier.length; i += 2) {
      for (let d = 0; d < rowSteps.length; d++) {
        const nr = frontier[i] + rowSteps[d];
        const nc = frontier[i + 1] + colSteps[d];
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] === 1) {
          grid[nr][nc] = 2;
          fresh--;
          next.push(nr, nc);
        }
      }
    }
    frontier = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
};
