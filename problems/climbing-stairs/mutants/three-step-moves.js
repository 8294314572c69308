var climbStairs = function (n) {
  const ways = [1, 1, 2];
  for (let i = 3; i <= n; i++) ways[i] = ways[i - 1] + ways[i - 2] + ways[i - 3];
  return ways[n];
};
