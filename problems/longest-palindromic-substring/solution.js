/**
 * @param {string} s
 * @return {string}
 */
var longestPalindrome = function (s) {
  let bestStart = 0;
  let bestLength = 1;
  // Every palindrome has a centre: a letter (odd length) or the gap between two letters (even length).
  const expand = (left, right) => {
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      left--;
      right++;
    }
    const length = right - left - 1;
    if (length > bestLength) {
      bestLength = length;
      bestStart = left + 1;
    }
  };
  for (let centre = 0; centre < s.length; centre++) {
    expand(centre, centre);
    expand(centre, centre + 1);
  }
  return s.slice(bestStart, bestStart + bestLength);
};
