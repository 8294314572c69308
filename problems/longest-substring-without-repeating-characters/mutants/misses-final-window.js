var lengthOfLongestSubstring = function (s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const c = s[end];
    const previous = lastSeen.get(c);
    if (previous !== undefined && previous >= start) {
      if (end - start > best) best = end - start;
      start = previous + 1;
    }
    lastSeen.set(c, end);
  }
  return best;
};
