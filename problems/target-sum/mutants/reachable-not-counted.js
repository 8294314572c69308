var findTargetSumWays = function (nums, target) {
  let total = 0;
  for (const x of nums) total += x;
  if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
  const plus = (total + target) / 2;
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    // Records whether a sum is reachable instead of how many subsets reach it.
    for (let s = plus; s >= x; s--) if (ways[s - x]) ways[s] = 1;
  }
  return ways[plus];
};
