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
  // One breadth-first search per gate, in scan order; a room already set is never revisited.
  for (let gr = 0; gr < rows; gr++) {
    for (let gc = 0; gc < cols; gc++) {
      if (rooms[gr][gc] !== 0) continue;
      const queue = [gr, gc];
      for (let head = 0; head < queue.length; head += 2) {
        const r = queue[head];
        const c = queue[head + 1];
        for (let d = 0; d < 4; d++) {
          const nr = r + rowSteps[d];
          const nc = c + colSteps[d];
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || rooms[nr][nc] !== EMPTY) continue;
          rooms[nr][nc] = rooms[r][c] + 1;
          queue.push(nr, nc);
        }
      }
    }
  }
};
