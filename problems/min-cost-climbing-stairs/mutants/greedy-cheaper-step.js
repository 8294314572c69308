var minCostClimbingStairs = function (cost) {
  const n = cost.length;
  let at = cost[0] <= cost[1] ? 0 : 1;
  let total = cost[at];
  while (at + 2 < n) {
    at = cost[at + 1] <= cost[at + 2] ? at + 1 : at + 2;
    total += cost[at];
  }
  return total;
};
