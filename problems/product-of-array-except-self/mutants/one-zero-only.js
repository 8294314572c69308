var productExceptSelf = function (nums) {
  let nonZeroProduct = 1;
  let zeros = 0;
  for (const x of nums) {
    if (x === 0) zeros++;
    else nonZeroProduct *= x;
  }
  return nums.map((x) => {
    if (zeros === 0) return nonZeroProduct / x;
    return x === 0 ? nonZeroProduct : 0;
  });
};
