var findTargetSumWays = function (nums, target) {
  let total = 0;
  for (const x of nums) total += x;
  if (Math.abs(target) > total) return 0;
  // Forgets that total + target must be even and rounds the subset sum down.
  const plus = Math.floor((total + target) / 2);
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    for (let s = plus; s >= x; s--) ways[s] += ways[s - x];
  }
  return ways[plus];
};
