var longestPalindrome = function (s) {
  const r = s.split('').reverse().join('');
  const n = s.length;
  let prev = new Array(n + 1).fill(0);
  let bestEnd = 0;
  let bestLength = 0;
  for (let i = 1; i <= n; i++) {
    const cur = new Array(n + 1).fill(0);
    for (let j = 1; j <= n; j++) {
      if (s[i - 1] === r[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > bestLength) {
          bestLength = cur[j];
          bestEnd = i;
        }
      }
    }
    prev = cur;
  }
  return s.slice(bestEnd - bestLength, bestEnd);
};
