/**
 * Naive: plain recursion choosing, coin by coin, how many of it to use, with no memo: it walks every
 * partial combination, including every dead end, so exponential in amount / smallest coin.
 */
var change = function (amount, coins) {
  const ways = (index, rest) => {
    if (rest === 0) return 1;
    if (index === coins.length) return 0;
    let total = 0;
    for (let used = 0; used * coins[index] <= rest; used++) total += ways(index + 1, rest - used * coins[index]);
    return total;
  };
  return ways(0, amount);
};
