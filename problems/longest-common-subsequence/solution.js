/**
 * @param {string} text1
 * @param {string} text2
 * @return {number}
 */
var longestCommonSubsequence = function (text1, text2) {
  // Keep the shorter word across the columns so the single row is as small as possible.
  if (text2.length > text1.length) [text1, text2] = [text2, text1];
  const n = text2.length;
  // row[j] is the answer for the current prefix of text1 against text2[0..j).
  const row = new Array(n + 1).fill(0);
  for (let i = 1; i <= text1.length; i++) {
    // diagonal holds the previous row's value at j - 1 before this row overwrote it.
    let diagonal = 0;
    for (let j = 1; j <= n; j++) {
      const above = row[j];
      row[j] = text1[i - 1] === text2[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]);
      diagonal = above;
    }
  }
  return row[n];
};
