/** LeetCode 1851, Minimum Interval to Include Each Query: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([intervals, queries]) {
  array('intervals', intervals, 1, 1e5);
  for (let i = 0; i < intervals.length; i++) {
    ints(`intervals[${i}]`, intervals[i], 2, 2, 1, 1e7);
    if (intervals[i][0] > intervals[i][1]) fail(`intervals[${i}] must have left <= right`);
  }
  ints('queries', queries, 1, 1e5, 1, 1e7);
  return true;
}
