// Forgets the padding ones: the ends of the row count as 0 instead of 1.
var maxCoins = function (nums) {
  const vals = [0, ...nums, 0];
  const m = vals.length;
  const best = Array.from({ length: m }, () => new Array(m).fill(0));
  for (let gap = 2; gap < m; gap++) {
    for (let l = 0; l + gap < m; l++) {
      const r = l + gap;
      let top = 0;
      for (let k = l + 1; k < r; k++) top = Math.max(top, best[l][k] + vals[l] * vals[k] * vals[r] + best[k][r]);
      best[l][r] = top;
    }
  }
  return best[0][m - 1];
};
