/**
 * @param {number[]} nums
 * @return {number}
 */
var rob = function (nums) {
  const n = nums.length;
  if (n === 1) return nums[0];
  // The first and last houses are neighbours, so at most one of them is robbed: solve the straight
  // street without the last house and without the first, and keep the better haul.
  return Math.max(robStreet(nums, 0, n - 2), robStreet(nums, 1, n - 1));
};

/** Best haul from houses first..last (inclusive) in a straight line. */
function robStreet(nums, first, last) {
  let beforePrev = 0;
  let prev = 0;
  for (let i = first; i <= last; i++) {
    const here = Math.max(prev, beforePrev + nums[i]);
    beforePrev = prev;
    prev = here;
  }
  return prev;
}
