var carFleet = function (target, position, speed) {
  const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
  let fleets = 0;
  let leaderSpeed = Infinity;
  for (const i of order) {
    if (speed[i] <= leaderSpeed) {
      fleets++;
      leaderSpeed = speed[i];
    }
  }
  return fleets;
};
