var jump = function (nums) {
  return nums.length - 1;
};
