var reverseBits = function (n) {
  let result = 0;
  for (let i = 0; i < 4; i++) {
    result = (result << 8) | (n & 0xff);
    n >>>= 8;
  }
  return result >>> 0;
};
