/**
 * Naive: try every start and drive until the tank runs dry or the circuit closes, so O(n^2) when
 * every wrong start gets far before it fails.
 */
var canCompleteCircuit = function (gas, cost) {
  const n = gas.length;
  for (let start = 0; start < n; start++) {
    let tank = 0;
    let k = 0;
    for (; k < n; k++) {
      const i = (start + k) % n;
      tank += gas[i] - cost[i];
      if (tank < 0) break;
    }
    if (k === n) return start;
  }
  return -1;
};
