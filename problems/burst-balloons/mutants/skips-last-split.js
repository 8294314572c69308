// Off by one: never tries the balloon next to the right edge as the last one burst.
var maxCoins = function (nums) {
  const vals = [1, ...nums, 1];
  const m = vals.length;
  const best = Array.from({ length: m }, () => new Array(m).fill(0));
  for (let gap = 2; gap < m; gap++) {
    for (let l = 0; l + gap < m; l++) {
      const r = l + gap;
      let top = 0;
      for (let k = l + 1; k < r - 1 || (k === l + 1 && k < r); k++) {
        top = Math.max(top, best[l][k] + vals[l] * vals[k] * vals[r] + best[k][r]);
      }
      best[l][r] = top;
    }
  }
  return best[0][m - 1];
};
