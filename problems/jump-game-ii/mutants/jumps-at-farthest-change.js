var jump = function (nums) {
  let jumps = 0;
  let farthest = 0;
  for (let i = 0; i < nums.length - 1 && farthest < nums.length - 1; i++) {
    if (i + nums[i] > farthest) {
      farthest = i + nums[i];
      jumps++;
    }
  }
  return jumps;
};
