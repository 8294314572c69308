/** LeetCode 62, Unique Paths: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([m, n]) {
  int('m', m, 1, 100);
  int('n', n, 1, 100);
  // The guarantee on the answer: count the routes with a cap so the sums stay exact integers.
  const cap = 2e9 + 1;
  const routes = new Array(n).fill(1);
  for (let row = 1; row < m; row++) {
    for (let col = 1; col < n; col++) routes[col] = Math.min(cap, routes[col] + routes[col - 1]);
  }
  if (routes[n - 1] > 2e9) fail('the answer must be at most 2 * 10^9');
  return true;
}
