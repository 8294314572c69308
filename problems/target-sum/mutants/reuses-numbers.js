var findTargetSumWays = function (nums, target) {
  let total = 0;
  for (const x of nums) total += x;
  if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
  const plus = (total + target) / 2;
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    // Walks the sums upwards, so a number can join the '+' group several times.
    for (let s = x; s <= plus; s++) ways[s] += ways[s - x];
  }
  return ways[plus];
};
