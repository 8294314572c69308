var largestRectangleArea = function (heights) {
  let best = Math.max(...heights);
  best = Math.max(best, Math.min(...heights) * heights.length);
  for (let i = 0; i + 1 < heights.length; i++) best = Math.max(best, 2 * Math.min(heights[i], heights[i + 1]));
  return best;
};
