var findDuplicate = function (nums) {
  const seen = new Set();
  for (let i = 0; i < nums.length; i++) {
    // Returns where the second copy is rather than the value itself.
    if (seen.has(nums[i])) return i;
    seen.add(nums[i]);
  }
  return -1;
};
