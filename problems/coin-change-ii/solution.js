/**
 * @param {number} amount
 * @param {number[]} coins
 * @return {number}
 */
var change = function (amount, coins) {
  // ways[a] = combinations of the coins seen so far that add up to a. Taking the coins one at a time
  // in the outer loop counts each multiset once, in that fixed coin order, never its orderings.
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (const coin of coins) {
    for (let a = coin; a <= amount; a++) ways[a] += ways[a - coin];
  }
  return ways[amount];
};
