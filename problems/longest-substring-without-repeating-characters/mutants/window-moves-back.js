var lengthOfLongestSubstring = function (s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const c = s[end];
    if (lastSeen.has(c)) start = lastSeen.get(c) + 1;
    lastSeen.set(c, end);
    if (end - start + 1 > best) best = end - start + 1;
  }
  return best;
};
