var twoSum = function (nums, target) {
  const indexOfValue = new Map();
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i];
    if (need >= 0) {
      const partner = indexOfValue.get(need);
      if (partner !== undefined) return [partner, i];
    }
    indexOfValue.set(nums[i], i);
  }
  return [];
};
