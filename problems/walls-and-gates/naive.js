/**
 * Naive: a separate breadth-first search from each gate over the whole grid, keeping the smaller
 * distance in every room. g gates cost O(g·m·n), which is O((m·n)^2) when a share of the cells are gates.
 */
var wallsAndGates = function (rooms) {
  const EMPTY = 2147483647;
  const rows = rooms.length;
  const cols = rooms[0].length;
  const best = rooms.map((row) => row.map((v) => (v === EMPTY ? Infinity : v)));
  for (let gr = 0; gr < rows; gr++) {
    for (let gc = 0; gc < cols; gc++) {
      if (rooms[gr][gc] !== 0) continue;
      const dist = new Map([[gr * cols + gc, 0]]);
      const queue = [[gr, gc]];
      for (let head = 0; head < queue.length; head++) {
        const [r, c] = queue[head];
        const d = dist.get(r * cols + c);
        for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || rooms[nr][nc] !== EMPTY) continue;
          if (dist.has(nr * cols + nc)) continue;
          dist.set(nr * cols + nc, d + 1);
          if (d + 1 < best[nr][nc]) best[nr][nc] = d + 1;
          queue.push([nr, nc]);
        }
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (rooms[r][c] === EMPTY && best[r][c] !== Infinity) rooms[r][c] = best[r][c];
  }
};
