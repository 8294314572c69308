/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canPartition = function (nums) {
  // Two parts with equal sums each hold half the total, so the question is whether some subset of
  // nums adds up to half. reach[s] = some subset of the numbers seen so far sums to s; walking s
  // downwards lets each number be used at most once. O(n * sum) time, O(sum) space.
  let total = 0;
  for (const x of nums) total += x;
  if (total % 2 !== 0) return false;
  const half = total / 2;
  const reach = new Array(half + 1).fill(false);
  reach[0] = true;
  for (const x of nums) {
    for (let s = half; s >= x; s--) {
      if (reach[s - x]) reach[s] = true;
    }
  }
  return reach[half];
};
