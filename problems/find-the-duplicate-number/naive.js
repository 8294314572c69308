/**
 * Naive: compare every pair of positions until two hold the same value, so O(n^2) when the two
 * copies are the last two entries.
 */
var findDuplicate = function (nums) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] === nums[j]) return nums[i];
    }
  }
  return -1;
};
