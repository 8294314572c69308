var canJump = function (nums) {
  let farthest = 0;
  for (let i = 0; i < nums.length - 1; i++) {
    if (i > farthest) return false;
    farthest = Math.max(farthest, i + nums[i]);
  }
  return nums.length === 1 || farthest > nums.length - 1;
};
