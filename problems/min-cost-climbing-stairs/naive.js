var minCostClimbingStairs = function (cost) {
  // Plain recursion without memoisation: from each step try both moves — O(2^n) calls, since the
  // same suffixes of the staircase are priced over and over.
  const fromStep = (i) => {
    if (i >= cost.length) return 0;
    return cost[i] + Math.min(fromStep(i + 1), fromStep(i + 2));
  };
  return Math.min(fromStep(0), fromStep(1));
};
