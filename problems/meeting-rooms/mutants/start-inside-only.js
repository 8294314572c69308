var canAttendMeetings = function (intervals) {
  // Checks each pair only for the second meeting starting inside the first (in input order).
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      if (intervals[j][0] > intervals[i][0] && intervals[j][0] < intervals[i][1]) return false;
    }
  }
  return true;
};
