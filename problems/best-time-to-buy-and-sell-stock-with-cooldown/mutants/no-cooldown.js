var maxProfit = function (prices) {
  let hold = -prices[0];
  let sold = 0;
  let rest = 0;
  for (let i = 1; i < prices.length; i++) {
    const p = prices[i];
    const soldBefore = sold;
    sold = hold + p;
    // Buys from yesterday's sale as well: no cooldown at all.
    hold = Math.max(hold, Math.max(rest, soldBefore) - p);
    rest = Math.max(rest, soldBefore);
  }
  return Math.max(sold, rest);
};
