var maxSubArray = function (nums) {
  if (nums.length === 1) return nums[0];
  let endingHere = nums[1];
  let best = nums[1];
  for (let i = 2; i < nums.length; i++) {
    endingHere = Math.max(nums[i], endingHere + nums[i]);
    if (endingHere > best) best = endingHere;
  }
  return best;
};
