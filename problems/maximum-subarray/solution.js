/**
 * @param {number[]} nums
 * @return {number}
 */
var maxSubArray = function (nums) {
  // The best run ending here either extends the best run ending at the previous index or starts
  // afresh; a negative running sum can only hurt what follows.
  let endingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    endingHere = Math.max(nums[i], endingHere + nums[i]);
    if (endingHere > best) best = endingHere;
  }
  return best;
};
