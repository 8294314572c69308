var maxProfit = function (prices) {
  // Adds up every rise from one day to the next, as if trades could follow each other directly.
  let total = 0;
  for (let i = 1; i < prices.length; i++) if (prices[i] > prices[i - 1]) total += prices[i] - prices[i - 1];
  return total;
};
