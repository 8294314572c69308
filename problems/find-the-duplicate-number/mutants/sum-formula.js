var findDuplicate = function (nums) {
  // Assumes the duplicate appears exactly twice and every other value once.
  const n = nums.length - 1;
  let sum = 0;
  for (const v of nums) sum += v;
  return sum - (n * (n + 1)) / 2;
};
