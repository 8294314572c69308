var trap = function (height) {
  const stack = [];
  let water = 0;
  for (let i = 0; i < height.length; i++) {
    while (stack.length && height[i] > height[stack[stack.length - 1]]) {
      const bottom = stack.pop();
      if (!stack.length) break;
      const left = stack[stack.length - 1];
      water += Math.min(height[left], height[i]) - height[bottom];
    }
    stack.push(i);
  }
  return water;
};
