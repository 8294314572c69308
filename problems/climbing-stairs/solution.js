/**
 * @param {number} n
 * @return {number}
 */
var climbStairs = function (n) {
  // ways(i) = ways(i - 1) + ways(i - 2): the last move was either one step or two.
  let twoBelow = 1;
  let oneBelow = 1;
  for (let i = 2; i <= n; i++) {
    const here = oneBelow + twoBelow;
    twoBelow = oneBelow;
    oneBelow = here;
  }
  return oneBelow;
};
