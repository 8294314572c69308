/**
 * @param {number[][]} grid
 * @return {number}
 */
var maxAreaOfIsland = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const rowSteps = [1, -1, 0, 0, 1, 1, -1, -1];
  const colSteps = [0, 0, 1, -1, 1, -1, 1, -1];
  const stack = [];
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1) continue;
      grid[r][c] = 0;
      stack.push(r, c);
      let area = 0;
      while (stack.length > 0) {
        const cc = stack.pop();
        const rr = stack.pop();
        area++;
        for (let d = 0; d < 8; d++) {
          const nr = rr + rowSteps[d];
          const nc = cc + colSteps[d];
          if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] === 1) {
            grid[nr][nc] = 0;
            stack.push(nr, nc);
          }
        }
      }
      if (area > largest) largest = area;
    }
  }
  return largest;
};
