var reverse = function (x) {
  let n = Math.abs(x);
  let result = 0;
  while (n !== 0) {
    const digit = n % 10;
    n = (n - digit) / 10;
    if (result > 214748364) return 0;
    result = result * 10 + digit;
  }
  return result;
};
