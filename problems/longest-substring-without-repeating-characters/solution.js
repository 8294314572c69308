/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function (s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const c = s[end];
    const previous = lastSeen.get(c);
    // A repeat only matters if it lies inside the current window; the window never moves back.
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(c, end);
    if (end - start + 1 > best) best = end - start + 1;
  }
  return best;
};
