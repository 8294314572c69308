var numDistinct = function (s, t) {
  const ways = new Array(t.length + 1).fill(0);
  ways[0] = 1;
  for (let i = 0; i < s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      if (s[i] === t[j - 1]) ways[j] += ways[j - 1];
    }
  }
  return ways[t.length];
};
