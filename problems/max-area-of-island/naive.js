/**
 * Naive: measure the island of every land cell afresh, with its own visited set, and keep the
 * largest. An island of k cells is explored k times, so one grid-wide island costs O((m·n)^2).
 */
var maxAreaOfIsland = function (grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const areaFrom = (startRow, startCol) => {
    const seen = new Set([startRow * cols + startCol]);
    const stack = [[startRow, startCol]];
    while (stack.length > 0) {
      const [r, c] = stack.pop();
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== 1) continue;
        const key = nr * cols + nc;
        if (seen.has(key)) continue;
        seen.add(key);
        stack.push([nr, nc]);
      }
    }
    return seen.size;
  };
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (grid[r][c] === 1) largest = Math.max(largest, areaFrom(r, c));
  }
  return largest;
};
