var maxSlidingWindow = function (nums, k) {
  const values = [];
  const maxima = [];
  for (let i = 0; i < nums.length; i++) {
    while (values.length && values[values.length - 1] <= nums[i]) values.pop();
    values.push(nums[i]);
    if (i >= k && values[0] === nums[i - k]) values.shift();
    if (i >= k - 1) maxima.push(values[0]);
  }
  return maxima;
};
