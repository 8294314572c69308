var checkValidString = function (s) {
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
    if (high < 0) return false;
  }
  return low <= 0;
};
