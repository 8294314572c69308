var eraseOverlapIntervals = function (intervals) {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  let removed = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of byStart) {
    if (start >= lastEnd) lastEnd = end;
    else removed++;
  }
  return removed;
};
