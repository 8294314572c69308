/** Naive: plain recursion over one- and two-digit first letters, time proportional to the number of decodings. */
var numDecodings = function (s) {
  const from = (i) => {
    if (i === s.length) return 1;
    if (s[i] === '0') return 0;
    let ways = from(i + 1);
    if (i + 1 < s.length && Number(s.slice(i, i + 2)) <= 26) ways += from(i + 2);
    return ways;
  };
  return from(0);
};
