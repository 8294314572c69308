var maxProduct = function (nums) {
  let largestEndingHere = nums[0];
  let smallestEndingHere = nums[0];
  let best = nums[0];
  for (let i = 1; i < nums.length; i++) {
    const x = nums[i];
    largestEndingHere = Math.max(x, largestEndingHere * x, smallestEndingHere * x);
    smallestEndingHere = Math.min(x, largestEndingHere * x, smallestEndingHere * x);
    best = Math.max(best, largestEndingHere);
  }
  return best;
};
