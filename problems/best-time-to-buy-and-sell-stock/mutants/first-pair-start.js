var maxProfit = function (prices) {
  let cheapest = Math.min(prices[0], prices[1]);
  let best = Math.max(0, prices[1] - prices[0]);
  for (let i = 2; i < prices.length; i++) {
    if (prices[i] < cheapest) cheapest = prices[i];
    else if (prices[i] - cheapest > best) best = prices[i] - cheapest;
  }
  return best;
};
