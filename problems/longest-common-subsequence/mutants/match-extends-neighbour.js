var longestCommonSubsequence = function (text1, text2) {
  const m = text1.length;
  const n = text2.length;
  const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const best = Math.max(dp[i - 1][j], dp[i][j - 1]);
      dp[i][j] = text1[i - 1] === text2[j - 1] ? best + 1 : best;
    }
  }
  return dp[m][n];
};
