var countBits = function (n) {
  const ones = [0];
  for (let i = 1; i <= n; i++) ones[i] = ones[i / 2] + (i & 1);
  return ones;
};
