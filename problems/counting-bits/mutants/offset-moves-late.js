var countBits = function (n) {
  const ones = [0];
  let offset = 1;
  for (let i = 1; i <= n; i++) {
    if (i > offset * 2) offset *= 2;
    ones[i] = ones[i - offset] + 1;
  }
  return ones;
};
