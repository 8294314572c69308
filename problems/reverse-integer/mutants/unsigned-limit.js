var reverse = function (x) {
  let result = 0;
  while (x !== 0) {
    const digit = x % 10;
    x = (x - digit) / 10;
    result = result * 10 + digit;
  }
  return Math.abs(result) > 4294967295 ? 0 : result;
};
