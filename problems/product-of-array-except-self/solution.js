/**
 * @param {number[]} nums
 * @return {number[]}
 */
var productExceptSelf = function (nums) {
  const n = nums.length;
  const answer = new Array(n);
  // First pass leaves the product of everything to the left; the second multiplies in the right side.
  let left = 1;
  for (let i = 0; i < n; i++) {
    answer[i] = left;
    left *= nums[i];
  }
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= right;
    right *= nums[i];
  }
  // Normalise -0 (a zero times a negative) so the result reads as plain integers.
  for (let i = 0; i < n; i++) if (answer[i] === 0) answer[i] = 0;
  return answer;
};
