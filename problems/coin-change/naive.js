var coinChange = function (coins, amount) {
  // Plain recursion without memoisation: try every coin as the last one and recurse on the rest,
  // recomputing the same remainders again and again — O(k^(amount / min coin)).
  const fewest = (rest) => {
    if (rest === 0) return 0;
    let best = -1;
    for (const coin of coins) {
      if (coin > rest) continue;
      const sub = fewest(rest - coin);
      if (sub !== -1 && (best === -1 || sub + 1 < best)) best = sub + 1;
    }
    return best;
  };
  return fewest(amount);
};
