/**
 * @param {number[]} nums
 * @return {number}
 */
var maxCoins = function (nums) {
  // Pad with a 1 on each side. best[l][r] is the most coins from bursting every balloon strictly
  // between l and r; choosing k as the LAST balloon burst in that gap, its neighbours are l and r.
  const vals = [1, ...nums, 1];
  const m = vals.length;
  const best = Array.from({ length: m }, () => new Array(m).fill(0));
  for (let gap = 2; gap < m; gap++) {
    for (let l = 0; l + gap < m; l++) {
      const r = l + gap;
      const edge = vals[l] * vals[r];
      let top = 0;
      for (let k = l + 1; k < r; k++) {
        const coins = best[l][k] + edge * vals[k] + best[k][r];
        if (coins > top) top = coins;
      }
      best[l][r] = top;
    }
  }
  return best[0][m - 1];
};
