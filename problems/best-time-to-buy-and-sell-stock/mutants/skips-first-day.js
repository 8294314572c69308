var maxProfit = function (prices) {
  let cheapest = Infinity;
  let best = 0;
  for (let i = 1; i < prices.length; i++) {
    if (prices[i] < cheapest) cheapest = prices[i];
    else if (prices[i] - cheapest > best) best = prices[i] - cheapest;
  }
  return best;
};
