/**
 * @param {number[]} nums
 * @return {number}
 */
var missingNumber = function (nums) {
  // Every value 0..n except one sits in nums: XOR each index with each value (and n itself), and all
  // present values cancel against their matching index, leaving the absent one.
  let missing = nums.length;
  for (let i = 0; i < nums.length; i++) missing ^= i ^ nums[i];
  return missing;
};
