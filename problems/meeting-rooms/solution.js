/**
 * @param {number[][]} intervals
 * @return {boolean}
 */
var canAttendMeetings = function (intervals) {
  // Once the meetings are in order of start, a clash can only be between neighbours: each meeting
  // must start no earlier than the one before it ends. O(n log n) for the sort.
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i][0] < byStart[i - 1][1]) return false;
  }
  return true;
};
