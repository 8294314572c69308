var missingNumber = function (nums) {
  const sorted = nums.slice().sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== i) return i;
  return -1;
};
