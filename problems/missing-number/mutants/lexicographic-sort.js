var missingNumber = function (nums) {
  const sorted = nums.slice().sort();
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== i) return i;
  return sorted.length;
};
