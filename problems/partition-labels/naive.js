/**
 * Naive: for every character of the current part, scan from the end of the string for its last
 * occurrence, so O(n^2) when letters last occur far from the end.
 */
var partitionLabels = function (s) {
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    let last = s.length - 1;
    while (s[last] !== s[i]) last--;
    if (last > end) end = last;
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
};
