var rob = function (nums) {
  if (nums.length === 1) return nums[0];
  const best = [nums[0], nums[0]];
  for (let i = 2; i < nums.length; i++) best[i] = Math.max(best[i - 1], best[i - 2] + nums[i]);
  return best[nums.length - 1];
};
