var containsDuplicate = function (nums) {
  const total = nums.reduce((sum, x) => sum + x, 0);
  let distinctTotal = 0;
  for (const x of new Set(nums)) distinctTotal += x;
  return total !== distinctTotal;
};
