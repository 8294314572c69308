var countSubstrings = function (s) {
  const seen = new Set();
  for (let centre = 0; centre < 2 * s.length - 1; centre++) {
    let left = Math.floor(centre / 2);
    let right = left + (centre % 2);
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      seen.add(s.slice(left, right + 1));
      left--;
      right++;
    }
  }
  return seen.size;
};
