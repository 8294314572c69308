var moveZeroes = function (nums) {
  let end = nums.length - 1;
  for (let i = 0; i <= end; i++) {
    if (nums[i] === 0) {
      while (end > i && nums[end] === 0) end--;
      nums[i] = nums[end];
      nums[end] = 0;
      end--;
    }
  }
};
