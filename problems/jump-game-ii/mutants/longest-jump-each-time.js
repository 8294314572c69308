var jump = function (nums) {
  let jumps = 0;
  let i = 0;
  while (i < nums.length - 1) {
    i += nums[i];
    jumps++;
  }
  return jumps;
};
