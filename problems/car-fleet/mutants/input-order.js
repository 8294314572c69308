var carFleet = function (target, position, speed) {
  let fleets = 0;
  let leaderTime = 0;
  for (let i = 0; i < position.length; i++) {
    const time = (target - position[i]) / speed[i];
    if (time > leaderTime) {
      fleets++;
      leaderTime = time;
    }
  }
  return fleets;
};
