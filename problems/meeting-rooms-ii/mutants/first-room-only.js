var minMeetingRooms = function (intervals) {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const roomEnds = [];
  for (const [s, e] of byStart) {
    if (roomEnds.length > 0 && roomEnds[0] <= s) roomEnds.shift();
    roomEnds.push(e);
  }
  return roomEnds.length;
};
