var minMeetingRooms = function (intervals) {
  let most = 0;
  for (let i = 0; i < intervals.length; i++) {
    let clashes = 0;
    for (let j = 0; j < intervals.length; j++) {
      if (i !== j && intervals[i][0] < intervals[j][1] && intervals[j][0] < intervals[i][1]) clashes++;
    }
    most = Math.max(most, clashes);
  }
  return most + 1;
};
