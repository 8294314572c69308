var minCostClimbingStairs = function (cost) {
  const n = cost.length;
  const dp = [cost[0], cost[1]];
  for (let i = 2; i < n; i++) dp[i] = cost[i] + Math.min(dp[i - 1], dp[i - 2]);
  return dp[n - 1];
};
