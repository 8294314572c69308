/** LeetCode 57, Insert Interval: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([intervals, newInterval]) {
  array('intervals', intervals, 0, 1e4);
  for (let i = 0; i < intervals.length; i++) {
    ints(`intervals[${i}]`, intervals[i], 2, 2, 0, 1e5);
    if (intervals[i][0] > intervals[i][1]) fail(`intervals[${i}] must have start <= end`);
    if (i > 0 && intervals[i - 1][1] >= intervals[i][0]) fail(`intervals must be sorted by start and pairwise non-overlapping (intervals[${i - 1}] and intervals[${i}] are not)`);
  }
  ints('newInterval', newInterval, 2, 2, 0, 1e5);
  if (newInterval[0] > newInterval[1]) fail('newInterval must have start <= end');
  return true;
}
