/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function (prices) {
  // Selling today, the best purchase is the cheapest day seen so far.
  let cheapest = Infinity;
  let best = 0;
  for (const price of prices) {
    if (price < cheapest) cheapest = price;
    else if (price - cheapest > best) best = price - cheapest;
  }
  return best;
};
