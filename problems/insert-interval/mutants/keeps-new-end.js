var insert = function (intervals, newInterval) {
  const result = [];
  let [start, end] = newInterval;
  const limit = end;
  let i = 0;
  while (i < intervals.length && intervals[i][1] < start) result.push(intervals[i++]);
  while (i < intervals.length && intervals[i][0] <= limit) {
    start = Math.min(start, intervals[i][0]);
    i++;
  }
  result.push([start, end]);
  while (i < intervals.length) result.push(intervals[i++]);
  return result;
};
