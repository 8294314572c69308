/** LeetCode 435, Non-overlapping Intervals: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([intervals]) {
  array('intervals', intervals, 1, 1e5);
  for (let i = 0; i < intervals.length; i++) {
    ints(`intervals[${i}]`, intervals[i], 2, 2, -5e4, 5e4);
    if (intervals[i][0] >= intervals[i][1]) fail(`intervals[${i}] must have start < end`);
  }
  return true;
}
