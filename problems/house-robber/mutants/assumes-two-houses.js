var rob = function (nums) {
  let beforePrev = nums[0];
  let prev = Math.max(nums[0], nums[1]);
  for (let i = 2; i < nums.length; i++) {
    const here = Math.max(prev, beforePrev + nums[i]);
    beforePrev = prev;
    prev = here;
  }
  return prev;
};
