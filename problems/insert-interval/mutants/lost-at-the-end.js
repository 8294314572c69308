var insert = function (intervals, newInterval) {
  const result = [];
  let [start, end] = newInterval;
  let placed = false;
  for (const [s, e] of intervals) {
    if (e < start) {
      result.push([s, e]);
    } else if (s > end) {
      if (!placed) {
        result.push([start, end]);
        placed = true;
      }
      result.push([s, e]);
    } else {
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
  }
  return result;
};
