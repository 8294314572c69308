var moveZeroes = function (nums) {
  let end = nums.length;
  let i = 0;
  while (i < end) {
    if (nums[i] === 0) {
      for (let j = i; j < nums.length - 1; j++) nums[j] = nums[j + 1];
      nums[nums.length - 1] = 0;
      end--;
    } else {
      i++;
    }
  }
};
