var carFleet = function (target, position, speed) {
  const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
  let fleets = 0;
  let leaderTime = -1;
  for (const i of order) {
    const time = Math.floor((target - position[i]) / speed[i]);
    if (time > leaderTime) {
      fleets++;
      leaderTime = time;
    }
  }
  return fleets;
};
