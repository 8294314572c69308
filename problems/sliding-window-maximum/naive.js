var maxSlidingWindow = function (nums, k) {
  const maxima = [];
  for (let start = 0; start + k <= nums.length; start++) {
    let best = -Infinity;
    for (let i = start; i < start + k; i++) if (nums[i] > best) best = nums[i];
    maxima.push(best);
  }
  return maxima;
};
