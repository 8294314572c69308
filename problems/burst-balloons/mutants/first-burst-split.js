// Picks k as the FIRST balloon burst in the gap, but still charges it the gap's outer neighbours.
var maxCoins = function (nums) {
  const vals = [1, ...nums, 1];
  const m = vals.length;
  const best = Array.from({ length: m }, () => new Array(m).fill(0));
  for (let gap = 2; gap < m; gap++) {
    for (let l = 0; l + gap < m; l++) {
      const r = l + gap;
      let top = 0;
      for (let k = l + 1; k < r; k++) {
        top = Math.max(top, best[l][k] + vals[k - 1] * vals[k] * vals[k + 1] + best[k][r]);
      }
      best[l][r] = top;
    }
  }
  return best[0][m - 1];
};
