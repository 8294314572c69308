var canCompleteCircuit = function (gas, cost) {
  let total = 0;
  let tank = 0;
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    total += gas[i] - cost[i];
    tank += gas[i] - cost[i];
    // Moves the start but carries the deficit over instead of emptying the tank.
    if (tank < 0) start = i + 1;
  }
  return total < 0 ? -1 : start;
};
