var eraseOverlapIntervals = function (intervals) {
  const byEnd = intervals.map(([s, e]) => [e, s]).sort();
  let removed = 0;
  let lastEnd = -Infinity;
  for (const [end, start] of byEnd) {
    if (start >= lastEnd) lastEnd = end;
    else removed++;
  }
  return removed;
};
