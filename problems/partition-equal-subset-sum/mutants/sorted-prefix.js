var canPartition = function (nums) {
  // Sorts and looks only for a prefix of the sorted values that adds up to half the total.
  const total = nums.reduce((a, b) => a + b, 0);
  if (total % 2 !== 0) return false;
  const sorted = [...nums].sort((a, b) => a - b);
  let prefix = 0;
  for (const x of sorted) {
    prefix += x;
    if (prefix === total / 2) return true;
  }
  return false;
};
