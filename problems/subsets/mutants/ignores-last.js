var subsets = function (nums) {
  const result = [];
  for (let mask = 0; mask < 1 << (nums.length - 1); mask++) {
    const subset = [];
    for (let i = 0; i < nums.length; i++) if (mask & (1 << i)) subset.push(nums[i]);
    result.push(subset);
  }
  return result;
};
