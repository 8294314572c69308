/**
 * @param {number[]} nums
 * @return {number}
 */
var findDuplicate = function (nums) {
  // Read nums as a function i -> nums[i] on 0..n. Index 0 is never a value, so the walk from 0 runs
  // into a cycle, and the cycle's entrance is a value two indices point to: the duplicate.
  let slow = nums[0];
  let fast = nums[nums[0]];
  while (slow !== fast) {
    slow = nums[slow];
    fast = nums[nums[fast]];
  }
  // Floyd's second phase: one pointer from the start, one from the meeting point, same speed.
  let finder = 0;
  while (finder !== slow) {
    finder = nums[finder];
    slow = nums[slow];
  }
  return finder;
};
