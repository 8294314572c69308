/** LeetCode 1584, Min Cost to Connect All Points: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([points]) {
  array('points', points, 1, 1000);
  const seen = new Set();
  for (let i = 0; i < points.length; i++) {
    ints(`points[${i}]`, points[i], 2, 2, -1e6, 1e6);
    const key = points[i][0] + ',' + points[i][1];
    if (seen.has(key)) fail(`all points must be distinct ([${key}] repeats at points[${i}])`);
    seen.add(key);
  }
  return true;
}
