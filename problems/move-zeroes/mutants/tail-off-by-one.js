var moveZeroes = function (nums) {
  let write = 0;
  for (let read = 0; read < nums.length; read++) {
    if (nums[read] !== 0) nums[write++] = nums[read];
  }
  for (let i = write + 1; i < nums.length; i++) nums[i] = 0;
};
