/**
 * @param {number[][]} rooms
 * @return {void} Do not return anything, modify rooms in-place instead.
 */
var wallsAndGates = function (rooms) {
  const EMPTY = 2147483647;
  const rows = rooms.length;
  const cols = rooms[0].length;
  const rowSteps = [1, -1, 0, 0];
  const colSteps = [0, 0, 1, -1];
  let level = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (rooms[r][c] === 0) level.push([r, c]);
  }
  let distance = 1;
  while (level.length > 0) {
    distance++;
    const next = [];
    for (const [r, c] of level) {
      for (let d = 0; d < 4; d++) {
        const nr = r + rowSteps[d];
        const nc = c + colSteps[d];
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || rooms[nr][nc] !== EMPTY) continue;
        rooms[nr][nc] = distance;
        next.push([nr, nc]);
      }
    }
    level = next;
  }
};
