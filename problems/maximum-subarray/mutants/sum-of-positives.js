var maxSubArray = function (nums) {
  let total = 0;
  let anyPositive = false;
  for (const x of nums) {
    if (x > 0) {
      total += x;
      anyPositive = true;
    }
  }
  return anyPositive ? total : Math.max(...nums);
};
