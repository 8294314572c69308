var canAttendMeetings = function (intervals) {
  const byStart = [...intervals].sort();
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i][0] < byStart[i - 1][1]) return false;
  }
  return true;
};
