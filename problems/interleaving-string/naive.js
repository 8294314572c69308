// Naive: plain recursion that tries s1's next letter, then s2's, without remembering failed states:
// O(2^(m + n)) when many letters are equal and the answer is false.
var isInterleave = function (s1, s2, s3) {
  if (s1.length + s2.length !== s3.length) return false;
  const weave = (i, j) => {
    if (i + j === s3.length) return true;
    const k = i + j;
    if (i < s1.length && s1[i] === s3[k] && weave(i + 1, j)) return true;
    return j < s2.length && s2[j] === s3[k] && weave(i, j + 1);
  };
  return weave(0, 0);
};
