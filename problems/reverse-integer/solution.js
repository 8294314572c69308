/**
 * @param {number} x
 * @return {number}
 */
var reverse = function (x) {
  // floor((2^31 - 1) / 10): the largest magnitude that can still take one more digit.
  const LIMIT = 214748364;
  let result = 0;
  while (x !== 0) {
    const digit = x % 10; // carries x's sign, so negatives need no special case
    x = (x - digit) / 10; // exact division: truncates toward zero
    // Only |result| > LIMIT can overflow. |result| === LIMIT means nine digits are in and this is
    // x's tenth, leading digit, which is 1 or 2 since |x| <= 2^31: the result still fits.
    if (Math.abs(result) > LIMIT) return 0;
    result = result * 10 + digit;
  }
  return result;
};
