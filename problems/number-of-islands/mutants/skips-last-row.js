var numIslands = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  let islands = 0;
  const stack = [];
  for (let r = 0; r < Math.max(1, rows - 1); r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1') continue;
      islands++;
      grid[r][c] = '0';
      stack.push(r, c);
      while (stack.length > 0) {
        const cc = stack.pop();
        const rr = stack.pop();
        for (const [dr, dc] of steps) {
          const nr = rr + dr;
          const nc = cc + dc;
          if (nr >= 0 && nr < rows - 1 && nc >= 0 && nc < cols && grid[nr][nc] === '1') {
            grid[nr][nc] = '0';
            stack.push(nr, nc);
          }
        }
      }
    }
  }
  return islands;
};
