/**
 * Naive: good[i] says whether the last index can be reached from i; each index tries every jump
 * length up to nums[i], so O(n^2) when the values are large.
 */
var canJump = function (nums) {
  const n = nums.length;
  const good = new Array(n).fill(false);
  good[n - 1] = true;
  for (let i = n - 2; i >= 0; i--) {
    for (let step = nums[i]; step >= 1; step--) {
      if (i + step < n && good[i + step]) {
        good[i] = true;
        break;
      }
    }
  }
  return good[0];
};
