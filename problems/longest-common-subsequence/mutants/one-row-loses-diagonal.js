var longestCommonSubsequence = function (text1, text2) {
  if (text2.length > text1.length) [text1, text2] = [text2, text1];
  const n = text2.length;
  const row = new Array(n + 1).fill(0);
  for (let i = 1; i <= text1.length; i++) {
    for (let j = 1; j <= n; j++) {
      row[j] = text1[i - 1] === text2[j - 1] ? row[j - 1] + 1 : Math.max(row[j], row[j - 1]);
    }
  }
  return row[n];
};
