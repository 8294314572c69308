/** Naive: test every substring by comparing its ends inwards, O(n^3) on a string of one letter. */
var countSubstrings = function (s) {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      let a = i;
      let b = j;
      while (a < b && s[a] === s[b]) { a++; b--; }
      if (a >= b) count++;
    }
  }
  return count;
};
