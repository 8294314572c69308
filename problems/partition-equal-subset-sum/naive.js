/**
 * Naive: plain recursion that puts each number in or out of the first part, with no memo: O(2^n)
 * calls when no subset reaches half the sum, since the same (index, remaining) states repeat.
 */
var canPartition = function (nums) {
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % 2 !== 0) return false;
  const fits = (i, rest) => {
    if (rest === 0) return true;
    if (i === nums.length || rest < 0) return false;
    return fits(i + 1, rest - nums[i]) || fits(i + 1, rest);
  };
  return fits(0, total / 2);
};
