/**
 * @param {number[]} digits
 * @return {number[]}
 */
var plusOne = function (digits) {
  const result = digits.slice();
  // Adding one turns trailing nines into zeros; the first digit below nine absorbs the carry.
  for (let i = result.length - 1; i >= 0; i--) {
    if (result[i] < 9) {
      result[i] += 1;
      return result;
    }
    result[i] = 0;
  }
  // Every digit was nine: the number grows by one digit, 99…9 + 1 = 100…0.
  result.unshift(1);
  return result;
};
