/**
 * @param {number[]} nums
 * @return {number}
 */
var maxProduct = function (nums) {
  // A negative factor turns the smallest product ending here into the largest, so both are carried.
  let largestEndingHere = nums[0];
  let smallestEndingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i];
    const extendLargest = largestEndingHere * x;
    const extendSmallest = smallestEndingHere * x;
    largestEndingHere = Math.max(x, extendLargest, extendSmallest);
    smallestEndingHere = Math.min(x, extendLargest, extendSmallest);
    if (largestEndingHere > best) best = largestEndingHere;
  }
  return best;
};
