var myPow = function (x, n) {
  let base = n < 0 ? 1 / Math.abs(x) : Math.abs(x);
  let e = Math.abs(n);
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return x < 0 ? -result : result;
};
