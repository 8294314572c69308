/**
 * @param {string} s
 * @return {boolean}
 */
var checkValidString = function (s) {
  // Track the range [low, high] of open-bracket counts some choice of stars can reach so far.
  let low = 0;
  let high = 0;
  for (const ch of s) {
    if (ch === '(') {
      low++;
      high++;
    } else if (ch === ')') {
      low--;
      high--;
    } else {
      low--;
      high++;
    }
    // Every choice closes more than it opened: no later character can repair this prefix.
    if (high < 0) return false;
    // A count below zero is never a valid state; the choices that reach it are discarded.
    if (low < 0) low = 0;
  }
  return low === 0;
};
