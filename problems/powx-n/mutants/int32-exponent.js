var myPow = function (x, n) {
  let base = x;
  if (n < 0) {
    base = 1 / x;
    n = -n;
  }
  let result = 1;
  while (n > 0) {
    if (n & 1) result *= base;
    base *= base;
    n >>= 1;
  }
  return result;
};
