/**
 * @param {number[][]} intervals
 * @return {number}
 */
var minMeetingRooms = function (intervals) {
  // Sweep the start times in order against the end times in order: a meeting that starts before
  // the earliest unfinished end needs a new room; otherwise it takes over the room that just freed.
  // A room freed at time t can host a meeting starting at t. O(n log n) for the sorts.
  const starts = intervals.map((m) => m[0]).sort((a, b) => a - b);
  const ends = intervals.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0;
  let freed = 0;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] < ends[freed]) rooms++;
    else freed++;
  }
  return rooms;
};
