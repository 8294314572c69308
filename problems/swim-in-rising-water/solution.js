/**
 * Dijkstra's algorithm where a path costs the highest cell on it: a binary min-heap of cells keyed
 * by the lowest water level that reaches them. O(n^2 log n) time, O(n^2) space.
 * @param {number[][]} grid
 * @return {number}
 */
var swimInWater = function (grid) {
  const n = grid.length;
  const best = new Array(n * n).fill(Infinity);
  const heap = []; // entries [level, cell], cell = r * n + c
  const push = (item) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  // The swimmer stands on the start cell, so the water must first cover it.
  best[0] = grid[0][0];
  push([grid[0][0], 0]);
  const dr = [1, -1, 0, 0];
  const dc = [0, 0, 1, -1];
  while (heap.length > 0) {
    const [level, cell] = pop();
    if (level > best[cell]) continue; // an older, higher entry for a cell already settled
    if (cell === n * n - 1) return level;
    const r = Math.floor(cell / n);
    const c = cell % n;
    for (let d = 0; d < 4; d++) {
      const nr = r + dr[d];
      const nc = c + dc[d];
      if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
      const next = nr * n + nc;
      const need = Math.max(level, grid[nr][nc]);
      if (need < best[next]) {
        best[next] = need;
        push([need, next]);
      }
    }
  }
  return -1; // unreachable: every cell of the grid is connected
};
