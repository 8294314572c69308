var coinChange = function (coins, amount) {
  const sorted = [...coins].sort((a, b) => b - a);
  let left = amount;
  let used = 0;
  for (const coin of sorted) {
    used += Math.floor(left / coin);
    left %= coin;
  }
  return left === 0 ? used : -1;
};
