var maxProfit = function (prices) {
  let hold = -prices[0];
  let sold = 0;
  let rest = 0;
  for (let i = 1; i < prices.length; i++) {
    const p = prices[i];
    // Updates rest before hold, so today's buy already sees yesterday's sale.
    rest = Math.max(rest, sold);
    const soldBefore = sold;
    sold = hold + p;
    hold = Math.max(hold, rest - p);
    rest = Math.max(rest, soldBefore);
  }
  return Math.max(sold, rest);
};
