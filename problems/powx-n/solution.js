/**
 * Exponentiation by squaring: walk the bits of |n| from the lowest, squaring the base each step and
 * multiplying it into the result where the bit is set. A negative n inverts the base first. |n| can be
 * 2^31, past the 32-bit range, so the halving uses Math.floor rather than bit operators.
 * O(log |n|) time, O(1) space.
 * @param {number} x
 * @param {number} n
 * @return {number}
 */
var myPow = function (x, n) {
  let base = n < 0 ? 1 / x : x;
  let e = Math.abs(n);
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
};
