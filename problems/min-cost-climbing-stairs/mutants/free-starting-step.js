var minCostClimbingStairs = function (cost) {
  const n = cost.length;
  const dp = [0, 0];
  for (let i = 2; i < n; i++) dp[i] = cost[i] + Math.min(dp[i - 1], dp[i - 2]);
  return Math.min(dp[n - 1], dp[n - 2]);
};
