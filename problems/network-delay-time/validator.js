/** LeetCode 743, Network Delay Time: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([times, n, k]) {
  int('n', n, 1, 100);
  int('k', k, 1, n);
  array('times', times, 1, 6000);
  const pairs = new Set();
  for (let i = 0; i < times.length; i++) {
    const edge = times[i];
    array(`times[${i}]`, edge, 3, 3);
    int(`times[${i}][0]`, edge[0], 1, n);
    int(`times[${i}][1]`, edge[1], 1, n);
    int(`times[${i}][2]`, edge[2], 0, 100);
    if (edge[0] === edge[1]) fail(`times[${i}][0] != times[${i}][1] (a signal never goes from a node to itself)`);
    const key = edge[0] * 1000 + edge[1];
    if (pairs.has(key)) fail(`all pairs (times[i][0], times[i][1]) must be unique ((${edge[0]}, ${edge[1]}) repeats at times[${i}])`);
    pairs.add(key);
  }
  return true;
}
