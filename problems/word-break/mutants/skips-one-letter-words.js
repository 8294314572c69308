var wordBreak = function (s, wordDict) {
  const words = new Set(wordDict);
  const splits = new Array(s.length + 1).fill(false);
  splits[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = 0; start < end - 1; start++) {
      if (splits[start] && words.has(s.slice(start, end))) {
        splits[end] = true;
        break;
      }
    }
  }
  return splits[s.length];
};
