var longestPalindrome = function (s) {
  let bestStart = 0;
  let bestLength = 1;
  for (let centre = 0; centre < s.length; centre++) {
    let left = centre;
    let right = centre;
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      left--;
      right++;
    }
    if (right - left - 1 > bestLength) {
      bestLength = right - left - 1;
      bestStart = left + 1;
    }
  }
  return s.slice(bestStart, bestStart + bestLength);
};
