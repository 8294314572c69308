var myPow = function (x, n) {
  let base = x;
  let e = Math.abs(n);
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
};
