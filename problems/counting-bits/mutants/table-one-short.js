var countBits = function (n) {
  const ones = new Array(n).fill(0);
  for (let i = 1; i < n; i++) ones[i] = ones[i >> 1] + (i & 1);
  return ones;
};
