/** LeetCode 684, Redundant Connection: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([edges]) {
  array('edges', edges, 3, 1000);
  const n = edges.length;
  const seen = new Set();
  const parent = [];
  for (let i = 0; i <= n; i++) parent.push(i);
  const root = (x) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let components = n;
  for (let i = 0; i < n; i++) {
    ints(`edges[${i}]`, edges[i], 2, 2, 1, n);
    const [a, b] = edges[i];
    if (a >= b) fail(`edges[${i}][0] < edges[${i}][1] must hold (got [${a},${b}])`);
    const key = a * 2048 + b;
    if (seen.has(key)) fail(`there are no repeated edges ([${a},${b}] repeats at edges[${i}])`);
    seen.add(key);
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) {
      parent[ra] = rb;
      components--;
    }
  }
  if (components !== 1) fail('the graph is connected');
  return true;
}
