/**
 * @param {number[]} heights
 * @return {number}
 */
var largestRectangleArea = function (heights) {
  const n = heights.length;
  // Bars whose rectangles can still grow to the right; heights increase from bottom to top.
  const open = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    // A virtual bar of height 0 past the end closes every open rectangle.
    const h = i === n ? 0 : heights[i];
    while (open.length && heights[open[open.length - 1]] >= h) {
      const top = open.pop();
      const left = open.length ? open[open.length - 1] + 1 : 0;
      best = Math.max(best, heights[top] * (i - left));
    }
    open.push(i);
  }
  return best;
};
