var missingNumber = function (nums) {
  const n = Math.max(...nums);
  let sum = 0;
  for (const v of nums) sum += v;
  return (n * (n + 1)) / 2 - sum;
};
