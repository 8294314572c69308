var lengthOfLongestSubstring = function (s) {
  const lastSeen = new Int32Array(26).fill(-1);
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const k = s.charCodeAt(end) - 97;
    if (lastSeen[k] >= start) start = lastSeen[k] + 1;
    lastSeen[k] = end;
    if (end - start + 1 > best) best = end - start + 1;
  }
  return best;
};
