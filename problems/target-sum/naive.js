/**
 * Naive: tries both signs for every number by plain recursion, with no memo: O(2^n) calls, fine
 * for n <= 20 but hopeless a little beyond it.
 */
var findTargetSumWays = function (nums, target) {
  const count = (i, sum) => (i === nums.length ? (sum === target ? 1 : 0) : count(i + 1, sum + nums[i]) + count(i + 1, sum - nums[i]));
  return count(0, 0);
};
