var containsDuplicate = function (nums) {
  const seen = new Set();
  for (let i = 0; i < nums.length - 1; i++) {
    if (seen.has(nums[i])) return true;
    seen.add(nums[i]);
  }
  return false;
};
