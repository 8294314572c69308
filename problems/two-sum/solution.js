/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function (nums, target) {
  // Looking up before storing guarantees the partner found is an earlier, different position.
  const indexOfValue = new Map();
  for (let i = 0; i < nums.length; i++) {
    const partner = indexOfValue.get(target - nums[i]);
    if (partner !== undefined) return [partner, i];
    indexOfValue.set(nums[i], i);
  }
  return [];
};
