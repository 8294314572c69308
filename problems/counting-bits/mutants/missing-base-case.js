var countBits = function (n) {
  const ones = [];
  for (let i = 1; i <= n; i++) ones[i] = (ones[i >> 1] || 0) + (i & 1);
  return ones;
};
