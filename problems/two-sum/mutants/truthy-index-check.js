var twoSum = function (nums, target) {
  const indexOfValue = new Map();
  for (let i = 0; i < nums.length; i++) {
    const partner = indexOfValue.get(target - nums[i]);
    if (partner) return [partner, i];
    indexOfValue.set(nums[i], i);
  }
  return [];
};
