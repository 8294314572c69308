/**
 * @param {number} n
 * @return {number}
 */
var hammingWeight = function (n) {
  let count = 0;
  // n & (n - 1) clears the lowest set bit, so the loop runs once per 1 bit.
  while (n !== 0) {
    n &= n - 1;
    count++;
  }
  return count;
};
