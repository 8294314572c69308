var swimInWater = function (grid) {
  // Binary search on the water level, but the range stops at n^2 - 2.
  const n = grid.length;
  const canReach = (t) => {
    if (grid[0][0] > t) return false;
    const seen = new Array(n * n).fill(false);
    const stack = [0];
    seen[0] = true;
    while (stack.length > 0) {
      const cell = stack.pop();
      if (cell === n * n - 1) return true;
      const r = Math.floor(cell / n);
      const c = cell % n;
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
        const id = nr * n + nc;
        if (!seen[id] && grid[nr][nc] <= t) {
          seen[id] = true;
          stack.push(id);
        }
      }
    }
    return false;
  };
  let lo = 0;
  let hi = Math.max(0, n * n - 2);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (canReach(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
