var lengthOfLIS = function (nums) {
  let length = 1;
  let last = nums[0];
  for (let i = 1; i < nums.length; i++) {
    if (nums[i] > last) {
      length++;
      last = nums[i];
    }
  }
  return length;
};
