/**
 * @param {number[]} height
 * @return {number}
 */
var trap = function (height) {
  let lo = 0;
  let hi = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (lo < hi) {
    // The lower side's level is decided by its own running maximum: the far side is known to be at least as tall.
    if (height[lo] < height[hi]) {
      if (height[lo] > leftMax) leftMax = height[lo];
      else water += leftMax - height[lo];
      lo++;
    } else {
      if (height[hi] > rightMax) rightMax = height[hi];
      else water += rightMax - height[hi];
      hi--;
    }
  }
  return water;
};
