// Plain backtracking: at every "x*" try matching zero letters, then one more; nothing is remembered.
var isMatch = function (s, p) {
  const match = (i, j) => {
    if (j === p.length) return i === s.length;
    const first = i < s.length && (p[j] === '.' || p[j] === s[i]);
    if (p[j + 1] === '*') return match(i, j + 2) || (first && match(i + 1, j));
    return first && match(i + 1, j + 1);
  };
  return match(0, 0);
};
