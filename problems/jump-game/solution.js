/**
 * @param {number[]} nums
 * @return {boolean}
 */
var canJump = function (nums) {
  // Greedy: the farthest index reachable so far only grows; an index beyond it can never be reached.
  let farthest = 0;
  for (let i = 0; i < nums.length; i++) {
    if (i > farthest) return false;
    farthest = Math.max(farthest, i + nums[i]);
  }
  return true;
};
