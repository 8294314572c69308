/**
 * @param {number[][]} intervals
 * @return {number}
 */
var eraseOverlapIntervals = function (intervals) {
  // Keeping the interval that ends first always leaves the most room for the rest, so scan by end
  // and drop whatever overlaps the last kept interval.
  const byEnd = [...intervals].sort((a, b) => a[1] - b[1]);
  let removed = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of byEnd) {
    if (start >= lastEnd) lastEnd = end;
    else removed++;
  }
  return removed;
};
