var change = function (amount, coins) {
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (const coin of coins) {
    for (let a = coin + 1; a <= amount; a++) ways[a] += ways[a - coin];
  }
  return ways[amount];
};
