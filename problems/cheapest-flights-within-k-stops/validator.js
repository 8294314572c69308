/** LeetCode 787, Cheapest Flights Within K Stops: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([n, flights, src, dst, k]) {
  int('n', n, 2, 100);
  array('flights', flights, 0, (n * (n - 1)) / 2);
  const routes = new Set();
  for (let i = 0; i < flights.length; i++) {
    const f = flights[i];
    array(`flights[${i}]`, f, 3, 3);
    int(`flights[${i}][0]`, f[0], 0, n - 1);
    int(`flights[${i}][1]`, f[1], 0, n - 1);
    int(`flights[${i}][2]`, f[2], 1, 1e4);
    if (f[0] === f[1]) fail(`flights[${i}][0] != flights[${i}][1] (a flight never returns to its own city)`);
    const key = f[0] * 1000 + f[1];
    if (routes.has(key)) fail(`there are no multiple flights between two cities (${f[0]} -> ${f[1]} repeats at flights[${i}])`);
    routes.add(key);
  }
  int('src', src, 0, n - 1);
  int('dst', dst, 0, n - 1);
  int('k', k, 0, n - 1);
  if (src === dst) fail('src != dst');
  return true;
}
