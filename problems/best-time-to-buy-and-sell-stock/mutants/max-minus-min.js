var maxProfit = function (prices) {
  return Math.max(...prices) - Math.min(...prices);
};
