/** LeetCode 518, Coin Change II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([amount, coins]) {
  int('amount', amount, 0, 5000);
  ints('coins', coins, 1, 300, 1, 5000);
  distinct('coins', coins);
  // Every count the final one is built from is at most the final count, so it is exact whenever
  // it fits in 32 bits; a larger count may lose precision but stays above the bound.
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (const coin of coins) {
    for (let a = coin; a <= amount; a++) ways[a] += ways[a - coin];
  }
  if (ways[amount] > 2 ** 31 - 1) fail('the answer must fit in a signed 32-bit integer');
  return true;
}
