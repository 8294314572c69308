/**
 * @param {number[][]} heights
 * @return {number[][]}
 */
var pacificAtlantic = function (heights) {
  const rows = heights.length;
  const cols = heights[0].length;
  const rowSteps = [1, -1, 0, 0];
  const colSteps = [0, 0, 1, -1];
  // Search backwards from each ocean: water that reaches the ocean from a cell walks a path that only
  // goes down or stays level, so from the ocean side we climb to neighbours at least as high.
  const climb = (seeds) => {
    const reached = new Uint8Array(rows * cols);
    const stack = [];
    for (const [r, c] of seeds) {
      if (reached[r * cols + c] === 1) continue;
      reached[r * cols + c] = 1;
      stack.push(r, c);
    }
    while (stack.length > 0) {
      const c = stack.pop();
      const r = stack.pop();
      for (let d = 0; d < 4; d++) {
        const nr = r + rowSteps[d];
        const nc = c + colSteps[d];
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
        if (reached[nr * cols + nc] === 1 || heights[nr][nc] < heights[r][c]) continue;
        reached[nr * cols + nc] = 1;
        stack.push(nr, nc);
      }
    }
    return reached;
  };
  const pacificSeeds = [];
  const atlanticSeeds = [];
  for (let r = 0; r < rows; r++) {
    pacificSeeds.push([r, cols - 1]);
    atlanticSeeds.push([r, 0]);
  }
  for (let c = 0; c < cols; c++) {
    pacificSeeds.push([0, c]);
    atlanticSeeds.push([rows - 1, c]);
  }
  const pacific = climb(pacificSeeds);
  const atlantic = climb(atlanticSeeds);
  const both = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (pacific[r * cols + c] === 1 && atlantic[r * cols + c] === 1) both.push([r, c]);
  }
  return both;
};
