/**
 * @param {number} n
 * @return {boolean}
 */
var isHappy = function (n) {
  // The sequence either reaches 1 or enters a cycle; Floyd's two speeds detect the cycle in O(1) space.
  let slow = n;
  let fast = digitSquareSum(n);
  while (fast !== 1 && slow !== fast) {
    slow = digitSquareSum(slow);
    fast = digitSquareSum(digitSquareSum(fast));
  }
  return fast === 1;
};

function digitSquareSum(x) {
  let sum = 0;
  while (x > 0) {
    const digit = x % 10;
    sum += digit * digit;
    x = Math.floor(x / 10);
  }
  return sum;
}
