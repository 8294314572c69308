/**
 * Naive: multiply x into the result |n| times (1 / x for a negative n): O(|n|), hopeless when |n| is
 * near 2^31.
 */
var myPow = function (x, n) {
  const factor = n < 0 ? 1 / x : x;
  const times = Math.abs(n);
  let result = 1;
  for (let i = 0; i < times; i++) result *= factor;
  return result;
};
