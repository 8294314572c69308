var containsDuplicate = function (nums) {
  const firstSeenAt = {};
  for (let i = 0; i < nums.length; i++) {
    if (firstSeenAt[nums[i]]) return true;
    firstSeenAt[nums[i]] = i;
  }
  return false;
};
