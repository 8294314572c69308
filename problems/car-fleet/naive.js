/** Naive: a car leads its own fleet when every car ahead of it arrives strictly sooner, O(n^2). */
var carFleet = function (target, position, speed) {
  let fleets = 0;
  for (let i = 0; i < position.length; i++) {
    const mine = (target - position[i]) / speed[i];
    let leads = true;
    for (let j = 0; j < position.length; j++) {
      if (position[j] > position[i] && (target - position[j]) / speed[j] >= mine) leads = false;
    }
    if (leads) fleets++;
  }
  return fleets;
};
