var maxArea = function (height) {
  let first = 0;
  for (let i = 1; i < height.length; i++) if (height[i] > height[first]) first = i;
  let second = first === 0 ? 1 : 0;
  for (let i = 0; i < height.length; i++) if (i !== first && height[i] > height[second]) second = i;
  return Math.min(height[first], height[second]) * Math.abs(first - second);
};
