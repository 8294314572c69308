var reverseBits = function (n) {
  let result = 0;
  while (n > 0) {
    result = (result << 1) | (n & 1);
    n >>>= 1;
  }
  return result >>> 0;
};
