var minMeetingRooms = function (intervals) {
  const starts = intervals.map((m) => m[0]).sort((a, b) => a - b);
  const ends = intervals.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0;
  let freed = 0;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] <= ends[freed]) rooms++;
    else freed++;
  }
  return rooms;
};
