// Try every prefix that is a word and recurse on the rest, without remembering failed suffixes: O(2^n).
var wordBreak = function (s, wordDict) {
  const canSplit = (start) => {
    if (start === s.length) return true;
    for (let end = start + 1; end <= s.length; end++) {
      if (wordDict.includes(s.slice(start, end)) && canSplit(end)) return true;
    }
    return false;
  };
  return canSplit(0);
};
