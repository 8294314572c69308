var largestRectangleArea = function (heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let j = i;
    while (j < heights.length && heights[j] >= heights[i]) j++;
    best = Math.max(best, heights[i] * (j - i));
  }
  return best;
};
