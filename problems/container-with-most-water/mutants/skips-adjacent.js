var maxArea = function (height) {
  let lo = 0;
  let hi = height.length - 1;
  let best = 0;
  while (lo < hi - 1) {
    const water = Math.min(height[lo], height[hi]) * (hi - lo);
    if (water > best) best = water;
    if (height[lo] < height[hi]) lo++;
    else hi--;
  }
  return best;
};
