/** LeetCode 261, Graph Valid Tree: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n, edges]) {
  int('n', n, 1, 2000);
  array('edges', edges, 0, 5000);
  const seen = new Set();
  for (let i = 0; i < edges.length; i++) {
    ints(`edges[${i}]`, edges[i], 2, 2, 0, n - 1);
    const [a, b] = edges[i];
    if (a === b) fail(`edges[${i}][0] != edges[${i}][1] must hold (no self-loops; got [${a},${b}])`);
    const key = Math.min(a, b) * 2048 + Math.max(a, b);
    if (seen.has(key)) fail(`there are no repeated edges ([${a},${b}] repeats an earlier edge at edges[${i}])`);
    seen.add(key);
  }
  return true;
}
