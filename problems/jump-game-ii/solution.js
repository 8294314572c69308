/**
 * @param {number[]} nums
 * @return {number}
 */
var jump = function (nums) {
  // Breadth-first search by levels without a queue: indices up to currentEnd take `jumps` jumps, and
  // the farthest reach from inside that range bounds the next level.
  let jumps = 0;
  let currentEnd = 0;
  let farthest = 0;
  for (let i = 0; i < nums.length - 1; i++) {
    farthest = Math.max(farthest, i + nums[i]);
    if (i === currentEnd) {
      jumps++;
      currentEnd = farthest;
    }
  }
  return jumps;
};
