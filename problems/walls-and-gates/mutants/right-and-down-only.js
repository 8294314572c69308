/**
 * @param {number[][]} rooms
 * @return {void} Do not return anything, modify rooms in-place instead.
 */
var wallsAndGates = function (rooms) {
  const EMPTY = 2147483647;
  const rows = rooms.length;
  const cols = rooms[0].length;
  const rowSteps = [1, 0, 0, 0];
  const colSteps = [0, 1, 0, 0];
  // Breadth-first search from every gate at once: the queue holds cells in order of distance, so the
  // first time an empty room is reached is through its nearest gate, and it is never updated again.
  const queue = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (rooms[r][c] === 0) queue.push(r, c);
  }
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
};
