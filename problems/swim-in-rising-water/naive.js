var swimInWater = function (grid) {
  // Try every water level from the start cell's height upwards; at each one, flood-fill from the
  // start through the cells already under water and stop at the first level that reaches the end.
  const n = grid.length;
  for (let t = grid[0][0]; ; t++) {
    const seen = new Array(n * n).fill(false);
    const stack = [0];
    seen[0] = true;
    while (stack.length > 0) {
      const cell = stack.pop();
      if (cell === n * n - 1) return t;
      const r = Math.floor(cell / n);
      const c = cell % n;
      const next = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]];
      for (const [nr, nc] of next) {
        if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
        const id = nr * n + nc;
        if (!seen[id] && grid[nr][nc] <= t) {
          seen[id] = true;
          stack.push(id);
        }
      }
    }
  }
};
