var canCompleteCircuit = function (gas, cost) {
  let total = 0;
  let best = 0;
  for (let i = 0; i < gas.length; i++) {
    total += gas[i] - cost[i];
    // Starts where gas[i] - cost[i] is largest.
    if (gas[i] - cost[i] > gas[best] - cost[best]) best = i;
  }
  return total < 0 ? -1 : best;
};
