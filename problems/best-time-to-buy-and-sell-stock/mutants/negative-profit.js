var maxProfit = function (prices) {
  let cheapest = prices[0];
  let best = -Infinity;
  for (let i = 1; i < prices.length; i++) {
    if (prices[i] - cheapest > best) best = prices[i] - cheapest;
    if (prices[i] < cheapest) cheapest = prices[i];
  }
  return best === -Infinity ? 0 : best;
};
