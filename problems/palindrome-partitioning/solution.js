/**
 * @param {string} s
 * @return {string[][]}
 */
var partition = function (s) {
  const n = s.length;
  // pal[i][j]: s[i..j] reads the same both ways, filled from the shortest substrings up.
  const pal = [];
  for (let i = 0; i < n; i++) pal.push(new Array(n).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i; j < n; j++) {
      pal[i][j] = s[i] === s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    }
  }
  const result = [];
  const parts = [];
  const extend = (start) => {
    if (start === n) {
      result.push(parts.slice());
      return;
    }
    for (let end = start; end < n; end++) {
      if (!pal[start][end]) continue;
      parts.push(s.slice(start, end + 1));
      extend(end + 1);
      parts.pop();
    }
  };
  extend(0);
  return result;
};
