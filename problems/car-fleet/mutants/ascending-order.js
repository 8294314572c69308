var carFleet = function (target, position, speed) {
  const order = position.map((_, i) => i).sort((a, b) => position[a] - position[b]);
  let fleets = 0;
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
