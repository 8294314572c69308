var maxProduct = function (nums) {
  let largestEndingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    largestEndingHere = Math.max(nums[i], largestEndingHere * nums[i]);
    best = Math.max(best, largestEndingHere);
  }
  return best;
};
