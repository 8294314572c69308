var canCompleteCircuit = function (gas, cost) {
  let total = 0;
  let tank = 0;
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    total += gas[i] - cost[i];
    tank += gas[i] - cost[i];
    if (tank < 0) {
      // Restarts at the station where the car ran dry rather than the one after it.
      start = i;
      tank = 0;
    }
  }
  return total < 0 ? -1 : start;
};
