/**
 * @param {number} n
 * @return {number}
 */
var reverseBits = function (n) {
  let result = 0;
  // Exactly 32 steps, so n's leading zeros become the result's trailing zeros.
  for (let i = 0; i < 32; i++) {
    result = (result << 1) | (n & 1); // move the bits so far up, then append n's lowest bit
    n >>>= 1;
  }
  // >>> 0 reads the 32 bits as unsigned; with n even the result's top bit is 0 anyway.
  return result >>> 0;
};
