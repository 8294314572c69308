/**
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
var wordBreak = function (s, wordDict) {
  const words = new Set(wordDict);
  let longest = 0;
  for (const w of wordDict) longest = Math.max(longest, w.length);
  // splits[i]: the first i characters can be cut into dictionary words.
  const splits = new Array(s.length + 1).fill(false);
  splits[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = end - 1; start >= 0 && end - start <= longest; start--) {
      if (splits[start] && words.has(s.slice(start, end))) {
        splits[end] = true;
        break;
      }
    }
  }
  return splits[s.length];
};
