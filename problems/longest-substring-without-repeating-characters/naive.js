/**
 * Naive: start afresh at every index and extend the substring until a character repeats, with a new
 * set each time. A window of up to k distinct characters is rescanned from each of the n starts:
 * O(n * k) instead of moving one window along the string.
 */
var lengthOfLongestSubstring = function (s) {
  let best = 0;
  for (let start = 0; start < s.length; start++) {
    const seen = new Set();
    let end = start;
    while (end < s.length && !seen.has(s[end])) {
      seen.add(s[end]);
      end++;
    }
    best = Math.max(best, end - start);
  }
  return best;
};
