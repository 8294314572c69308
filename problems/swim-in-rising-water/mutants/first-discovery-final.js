var swimInWater = function (grid) {
  // Breadth-first search: a cell's level is fixed when it is first discovered, never lowered.
  const n = grid.length;
  const level = Array.from({ length: n }, () => new Array(n).fill(-1));
  level[0][0] = grid[0][0];
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr < 0 || nr >= n || nc < 0 || nc >= n || level[nr][nc] !== -1) continue;
      level[nr][nc] = Math.max(level[r][c], grid[nr][nc]);
      queue.push([nr, nc]);
    }
  }
  return level[n - 1][n - 1];
};
