/**
 * Naive: follow the water from every cell separately, with a fresh visited set each time, and keep
 * the cells whose search touches both oceans. On a level grid every search sees the whole grid, so
 * m·n searches of m·n cells cost O((m·n)^2).
 */
var pacificAtlantic = function (heights) {
  const rows = heights.length;
  const cols = heights[0].length;
  const result = [];
  for (let sr = 0; sr < rows; sr++) {
    for (let sc = 0; sc < cols; sc++) {
      const seen = new Set([sr * cols + sc]);
      const stack = [[sr, sc]];
      let pacific = false;
      let atlantic = false;
      while (stack.length > 0 && !(pacific && atlantic)) {
        const [r, c] = stack.pop();
        if (r === 0 || c === 0) pacific = true;
        if (r === rows - 1 || c === cols - 1) atlantic = true;
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || heights[nr][nc] > heights[r][c]) continue;
          const key = nr * cols + nc;
          if (seen.has(key)) continue;
          seen.add(key);
          stack.push([nr, nc]);
        }
      }
      if (pacific && atlantic) result.push([sr, sc]);
    }
  }
  return result;
};
