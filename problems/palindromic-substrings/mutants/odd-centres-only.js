var countSubstrings = function (s) {
  let count = 0;
  for (let mid = 0; mid < s.length; mid++) {
    let left = mid;
    let right = mid;
    while (left >= 0 && right < s.length && s[left] === s[right]) {
      count++;
      left--;
      right++;
    }
  }
  return count;
};
