var canAttendMeetings = function (intervals) {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i][0] <= byStart[i - 1][1]) return false;
  }
  return true;
};
