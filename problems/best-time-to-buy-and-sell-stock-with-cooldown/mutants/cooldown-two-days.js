var maxProfit = function (prices) {
  let hold = -prices[0];
  let sold = 0;
  let cooling = 0;
  let rest = 0;
  for (let i = 1; i < prices.length; i++) {
    const p = prices[i];
    const soldBefore = sold;
    const coolingBefore = cooling;
    sold = hold + p;
    hold = Math.max(hold, rest - p);
    // Off by one: waits two days after a sale before buying again.
    cooling = soldBefore;
    rest = Math.max(rest, coolingBefore);
  }
  return Math.max(sold, cooling, rest);
};
