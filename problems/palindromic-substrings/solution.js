/**
 * @param {string} s
 * @return {number}
 */
var countSubstrings = function (s) {
  const n = s.length;
  let count = 0;
  // 2n - 1 centres: even c is the letter c / 2, odd c the gap between letters (c - 1) / 2 and (c + 1) / 2.
  for (let centre = 0; centre < 2 * n - 1; centre++) {
    let left = Math.floor(centre / 2);
    let right = left + (centre % 2);
    while (left >= 0 && right < n && s[left] === s[right]) {
      count++;
      left--;
      right++;
    }
  }
  return count;
};
