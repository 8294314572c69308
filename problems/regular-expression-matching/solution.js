/**
 * Bottom-up DP: ok[i][j] says whether the first i letters of s match the first j characters of p.
 * A letter or '.' consumes one letter of s; "x*" either matches nothing (skip both characters) or
 * eats one more letter of s equal to x while staying on the same "x*". O(m * n) time and space.
 * @param {string} s
 * @param {string} p
 * @return {boolean}
 */
var isMatch = function (s, p) {
  const m = s.length;
  const n = p.length;
  const ok = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
  ok[0][0] = true;
  const fits = (i, j) => p[j - 1] === '.' || p[j - 1] === s[i - 1];
  for (let i = 0; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      if (p[j - 1] === '*') {
        ok[i][j] = ok[i][j - 2] || (i > 0 && fits(i, j - 1) && ok[i - 1][j]);
      } else {
        ok[i][j] = i > 0 && fits(i, j) && ok[i - 1][j - 1];
      }
    }
  }
  return ok[m][n];
};
