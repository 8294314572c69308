var numDistinct = function (s, t) {
  let count = 0;
  for (let i = 0; i + t.length <= s.length; i++) if (s.slice(i, i + t.length) === t) count++;
  return count;
};
