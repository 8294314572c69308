var countSubstrings = function (s) {
  let count = 0;
  for (let centre = 0; centre < 2 * s.length - 1; centre++) {
    let left = Math.floor(centre / 2);
    let right = left + (centre % 2);
    while (left > 0 && right < s.length && s[left] === s[right]) {
      count++;
      left--;
      right++;
    }
  }
  return count;
};
