/** Naive: compare every pair of positions, O(n^2); LeetCode's n <= 10^5 already rejects it. */
var containsDuplicate = function (nums) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] === nums[j]) return true;
    }
  }
  return false;
};
