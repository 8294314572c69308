/**
 * Naive: best[i] = best profit from day i on, trying every buy day i and every sell day j > i,
 * then resuming two days after the sale: O(n^2), accepted at n <= 5000 but far slower beyond.
 */
var maxProfit = function (prices) {
  const n = prices.length;
  const best = new Array(n + 2).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let b = best[i + 1];
    for (let j = i + 1; j < n; j++) b = Math.max(b, prices[j] - prices[i] + best[j + 2]);
    best[i] = b;
  }
  return best[0];
};
