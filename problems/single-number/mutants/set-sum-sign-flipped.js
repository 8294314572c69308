var singleNumber = function (nums) {
  const sum = nums.reduce((a, b) => a + b, 0);
  const distinctSum = [...new Set(nums)].reduce((a, b) => a + b, 0);
  return sum - 2 * distinctSum;
};
