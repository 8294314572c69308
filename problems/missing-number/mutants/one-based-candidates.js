var missingNumber = function (nums) {
  const present = new Set(nums);
  for (let v = 1; v <= nums.length; v++) if (!present.has(v)) return v;
  return nums.length;
};
