/**
 * @param {number[]} gas
 * @param {number[]} cost
 * @return {number}
 */
var canCompleteCircuit = function (gas, cost) {
  let total = 0;
  let tank = 0;
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    const gain = gas[i] - cost[i];
    total += gain;
    tank += gain;
    // Stranded before reaching i + 1: no station from start to i can be the answer, since each
    // of them would arrive at i + 1 with no more fuel than we had.
    if (tank < 0) {
      start = i + 1;
      tank = 0;
    }
  }
  // With total >= 0, the deficits before start are covered by the surplus collected after it.
  return total < 0 ? -1 : start;
};
