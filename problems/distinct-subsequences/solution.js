/**
 * Rolling DP over s: ways[j] is the number of ways to pick t's first j letters, in order, from the
 * part of s read so far. Reading s[i] adds ways[j - 1] to ways[j] wherever s[i] equals t[j - 1];
 * j runs downwards so s[i] is used at most once per way. O(m * n) time, O(n) space (m = s.length,
 * n = t.length).
 * @param {string} s
 * @param {string} t
 * @return {number}
 */
var numDistinct = function (s, t) {
  const ways = new Array(t.length + 1).fill(0);
  ways[0] = 1;
  for (let i = 0; i < s.length; i++) {
    for (let j = t.length; j >= 1; j--) {
      if (s[i] === t[j - 1]) ways[j] += ways[j - 1];
    }
  }
  return ways[t.length];
};
