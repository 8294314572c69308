var twoSum = function (nums, target) {
  const indexOfValue = new Map();
  for (let i = 0; i < nums.length; i++) {
    indexOfValue.set(nums[i], i);
    const partner = indexOfValue.get(target - nums[i]);
    if (partner !== undefined) return [partner, i];
  }
  return [];
};
