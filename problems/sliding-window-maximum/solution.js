/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function (nums, k) {
  // Indices whose values decrease from head to tail: a smaller value behind a larger, newer one can never be a maximum.
  const candidates = new Array(nums.length);
  let head = 0;
  let tail = 0;
  const maxima = [];
  for (let i = 0; i < nums.length; i++) {
    while (tail > head && nums[candidates[tail - 1]] <= nums[i]) tail--;
    candidates[tail++] = i;
    if (candidates[head] <= i - k) head++;
    if (i >= k - 1) maxima.push(nums[candidates[head]]);
  }
  return maxima;
};
