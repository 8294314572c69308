/** LeetCode 253, Meeting Rooms II: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([intervals]) {
  array('intervals', intervals, 1, 1e4);
  for (let i = 0; i < intervals.length; i++) {
    ints(`intervals[${i}]`, intervals[i], 2, 2, 0, 1e6);
    if (intervals[i][0] >= intervals[i][1]) fail(`intervals[${i}] must have start < end`);
  }
  return true;
}
