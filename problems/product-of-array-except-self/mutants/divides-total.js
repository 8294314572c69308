var productExceptSelf = function (nums) {
  let total = 1;
  for (const x of nums) total *= x;
  return nums.map((x) => {
    const v = total / x;
    return v === 0 ? 0 : v;
  });
};
