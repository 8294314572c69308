var reverseBits = function (n) {
  let result = 0;
  for (let i = 0; i < 31; i++) {
    result = (result << 1) | (n & 1);
    n >>>= 1;
  }
  return result >>> 0;
};
