var largestRectangleArea = function (heights) {
  const n = heights.length;
  const open = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i];
    while (open.length && heights[open[open.length - 1]] >= h) {
      const top = open.pop();
      best = Math.max(best, heights[top] * (i - top));
    }
    open.push(i);
  }
  return best;
};
