var isInterleave = function (s1, s2, s3) {
  const m = s1.length;
  const n = s2.length;
  if (m + n !== s3.length) return false;
  const dp = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(false));
  dp[0][0] = true;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      const c = s3[i + j - 1];
      // Taking the next letter from s2 forgets to compare it with s3.
      dp[i][j] = (i > 0 && dp[i - 1][j] && s1[i - 1] === c) || (j > 0 && dp[i][j - 1]);
    }
  }
  return dp[m][n];
};
