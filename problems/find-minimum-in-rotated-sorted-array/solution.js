/**
 * @param {number[]} nums
 * @return {number}
 */
var findMin = function (nums) {
  // Invariant: the minimum lies in [lo, hi]. Comparing with the right end works for an unrotated
  // array too, where comparing with the left end would not.
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    if (nums[mid] > nums[hi]) lo = mid + 1;
    else hi = mid;
  }
  return nums[lo];
};
