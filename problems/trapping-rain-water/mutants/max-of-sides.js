var trap = function (height) {
  const n = height.length;
  const left = new Array(n).fill(0);
  const right = new Array(n).fill(0);
  for (let i = 0; i < n; i++) left[i] = Math.max(i > 0 ? left[i - 1] : 0, height[i]);
  for (let i = n - 1; i >= 0; i--) right[i] = Math.max(i < n - 1 ? right[i + 1] : 0, height[i]);
  let water = 0;
  for (let i = 0; i < n; i++) water += Math.max(left[i], right[i]) - height[i];
  return water;
};
