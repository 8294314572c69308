var rob = function (nums) {
  const n = nums.length;
  if (n === 1) return nums[0];
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (i % 2 === 1) odd += nums[i];
    else if (!(n % 2 === 1 && i === n - 1)) even += nums[i];
  }
  return Math.max(even, odd);
};
