/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function (prices) {
  // Three states at the end of each day, each the best profit so far:
  //   hold — owning a share; sold — sold a share today (so tomorrow is a cooldown);
  //   rest — owning nothing and free to buy tomorrow.
  // A buy starts from yesterday's rest, never from yesterday's sale: that is the cooldown.
  // O(n) time, O(1) space.
  let hold = -prices[0];
  let sold = 0;
  let rest = 0;
  for (let i = 1; i < prices.length; i++) {
    const p = prices[i];
    const soldBefore = sold;
    sold = hold + p;
    hold = Math.max(hold, rest - p);
    rest = Math.max(rest, soldBefore);
  }
  return Math.max(sold, rest);
};
