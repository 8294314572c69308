/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
var findTargetSumWays = function (nums, target) {
  // The numbers given '+' add up to some P and the rest to total - P, so P - (total - P) = target,
  // i.e. P = (total + target) / 2: count the subsets (by position) with sum P. A zero can join a
  // subset or not, which doubles the count, as +0 and -0 are different expressions.
  // O(n * total) time, O(total) space.
  let total = 0;
  for (const x of nums) total += x;
  if (Math.abs(target) > total || (total + target) % 2 !== 0) return 0;
  const plus = (total + target) / 2;
  const ways = new Array(plus + 1).fill(0);
  ways[0] = 1;
  for (const x of nums) {
    for (let s = plus; s >= x; s--) ways[s] += ways[s - x];
  }
  return ways[plus];
};
