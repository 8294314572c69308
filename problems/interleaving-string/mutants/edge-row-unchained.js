var isInterleave = function (s1, s2, s3) {
  const m = s1.length;
  const n = s2.length;
  if (m + n !== s3.length) return false;
  const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
  dp[0][0] = true;
  // The first row and column only compare one letter, without requiring the cell before to be true.
  for (let i = 1; i <= m; i++) dp[i][0] = s1[i - 1] === s3[i - 1];
  for (let j = 1; j <= n; j++) dp[0][j] = s2[j - 1] === s3[j - 1];
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const c = s3[i + j - 1];
      dp[i][j] = (dp[i - 1][j] && s1[i - 1] === c) || (dp[i][j - 1] && s2[j - 1] === c);
    }
  }
  return dp[m][n];
};
