var largestRectangleArea = function (heights) {
  const stack = [];
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let start = i;
    while (stack.length && stack[stack.length - 1][1] > heights[i]) {
      const [at, h] = stack.pop();
      best = Math.max(best, h * (i - at));
      start = at;
    }
    stack.push([start, heights[i]]);
  }
  return best;
};
