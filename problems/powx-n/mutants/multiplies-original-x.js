var myPow = function (x, n) {
  let base = n < 0 ? 1 / x : x;
  const unit = base;
  let e = Math.abs(n);
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= unit;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
};
