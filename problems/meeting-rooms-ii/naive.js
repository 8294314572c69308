var minMeetingRooms = function (intervals) {
  // The busiest moment is always some meeting's start: count the meetings running at each start.
  let most = 0;
  for (const [t] of intervals) {
    let running = 0;
    for (const [s, e] of intervals) if (s <= t && t < e) running++;
    if (running > most) most = running;
  }
  return most;
};
