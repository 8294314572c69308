var numDistinct = function (s, t) {
  const dp = Array.from({ length: s.length + 1 }, () => new Array(t.length + 1).fill(0));
  for (let i = 0; i <= s.length; i++) dp[i][0] = 1;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      // When the letters match, only the "use it" branch is counted.
      dp[i][j] = s[i - 1] === t[j - 1] ? dp[i - 1][j - 1] : dp[i - 1][j];
    }
  }
  return dp[s.length][t.length];
};
