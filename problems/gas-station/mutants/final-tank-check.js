var canCompleteCircuit = function (gas, cost) {
  let tank = 0;
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    tank += gas[i] - cost[i];
    if (tank < 0) {
      start = i + 1;
      tank = 0;
    }
  }
  // Checks only the stretch from start to the end, not the stations before start.
  return tank >= 0 && start < gas.length ? start : -1;
};
