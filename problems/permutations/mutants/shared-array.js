var permute = function (nums) {
  const result = [];
  const current = [];
  const used = new Array(nums.length).fill(false);
  const extend = () => {
    if (current.length === nums.length) {
      result.push(current);
      return;
    }
    for (let i = 0; i < nums.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]);
      extend();
      current.pop();
      used[i] = false;
    }
  };
  extend();
  return result;
};
