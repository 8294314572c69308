/** Naive: every pair of ends, keeping the running minimum height, O(n^2). */
var largestRectangleArea = function (heights) {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let low = Infinity;
    for (let j = i; j < heights.length; j++) {
      low = Math.min(low, heights[j]);
      best = Math.max(best, low * (j - i + 1));
    }
  }
  return best;
};
