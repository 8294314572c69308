var subsets = function (nums) {
  const result = [[]];
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j <= nums.length; j++) result.push(nums.slice(i, j));
  }
  return result;
};
