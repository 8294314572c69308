var canAttendMeetings = function (intervals) {
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      if (intervals[i][0] < intervals[j][1] && intervals[j][0] < intervals[i][1]) return false;
    }
  }
  return true;
};
