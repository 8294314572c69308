var numDistinct = function (s, t) {
  // dp[i][j]: ways for t[0..j) in s[0..i); the empty-t column is 1 only in row 0.
  const dp = Array.from({ length: s.length + 1 }, () => new Array(t.length + 1).fill(0));
  dp[0][0] = 1;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      dp[i][j] = dp[i - 1][j] + (s[i - 1] === t[j - 1] ? dp[i - 1][j - 1] : 0);
    }
  }
  return dp[s.length][t.length];
};
