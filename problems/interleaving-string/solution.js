/**
 * @param {string} s1
 * @param {string} s2
 * @param {string} s3
 * @return {boolean}
 */
var isInterleave = function (s1, s2, s3) {
  // reach[j] after row i says whether the first i letters of s1 and the first j of s2 can be woven
  // into the first i + j letters of s3. Each cell looks one step back along s1 (the same cell of the
  // previous row) or along s2 (the cell to its left): O(m * n) time, one row of O(n) space.
  const m = s1.length;
  const n = s2.length;
  if (m + n !== s3.length) return false;
  const reach = new Array(n + 1).fill(false);
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) {
        reach[j] = true;
        continue;
      }
      const next = s3[i + j - 1];
      const fromS1 = i > 0 && reach[j] && s1[i - 1] === next;
      const fromS2 = j > 0 && reach[j - 1] && s2[j - 1] === next;
      reach[j] = fromS1 || fromS2;
    }
  }
  return reach[n];
};
