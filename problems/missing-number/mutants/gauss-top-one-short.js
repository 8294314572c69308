var missingNumber = function (nums) {
  const n = nums.length - 1;
  let sum = 0;
  for (const v of nums) sum += v;
  return (n * (n + 1)) / 2 - sum;
};
