var checkValidString = function (s) {
  let open = 0;
  let close = 0;
  let stars = 0;
  for (const ch of s) {
    if (ch === '(') open++;
    else if (ch === ')') close++;
    else stars++;
    if (close > open + stars) return false;
  }
  return Math.abs(open - close) <= stars;
};
