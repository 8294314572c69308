var longestPalindrome = function (s) {
  for (let centre = 0; centre < s.length; centre++) {
    for (const width of [0, 1]) {
      let left = centre;
      let right = centre + width;
      while (left >= 0 && right < s.length && s[left] === s[right]) {
        left--;
        right++;
      }
      if (right - left - 1 > 1) return s.slice(left + 1, right);
    }
  }
  return s[0];
};
