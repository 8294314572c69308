/**
 * @param {number} target
 * @param {number[]} position
 * @param {number[]} speed
 * @return {number}
 */
var carFleet = function (target, position, speed) {
  const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
  let fleets = 0;
  // Arrival time of the fleet just ahead; a car arriving no later than it catches up and joins it.
  let leaderTime = 0;
  for (const i of order) {
    const time = (target - position[i]) / speed[i];
    if (time > leaderTime) {
      fleets++;
      leaderTime = time;
    }
  }
  return fleets;
};
