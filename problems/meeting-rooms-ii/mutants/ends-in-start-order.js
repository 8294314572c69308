var minMeetingRooms = function (intervals) {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const starts = byStart.map((m) => m[0]);
  const ends = byStart.map((m) => m[1]);
  let rooms = 0;
  let freed = 0;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] < ends[freed]) rooms++;
    else freed++;
  }
  return rooms;
};
