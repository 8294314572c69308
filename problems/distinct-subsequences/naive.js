// Plain recursion: skip s[i], or use it when it matches t[j]; nothing is remembered, so exponential.
var numDistinct = function (s, t) {
  const count = (i, j) => {
    if (j === t.length) return 1;
    if (i === s.length) return 0;
    return count(i + 1, j) + (s[i] === t[j] ? count(i + 1, j + 1) : 0);
  };
  return count(0, 0);
};
