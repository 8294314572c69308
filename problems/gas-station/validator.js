/** LeetCode 134, Gas Station: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([gas, cost]) {
  ints('gas', gas, 1, 1e5, 0, 1e4);
  ints('cost', cost, 1, 1e5, 0, 1e4);
  const n = gas.length;
  if (cost.length !== n) fail(`n == gas.length == cost.length, found gas.length = ${n} and cost.length = ${cost.length}`);
  // prefix[k] = fuel gained over stations 0..k-1. Start s works when the tank never drops below
  // empty: prefix[k] >= prefix[s] for every k after s, and prefix[k] + total >= prefix[s] for k in 1..s.
  const prefix = [0];
  for (let i = 0; i < n; i++) prefix.push(prefix[i] + gas[i] - cost[i]);
  const total = prefix[n];
  if (total < 0) return true;
  const laterMin = new Array(n + 2).fill(Infinity);
  for (let k = n; k >= 1; k--) laterMin[k] = Math.min(prefix[k], laterMin[k + 1]);
  let earlierMin = Infinity;
  let starts = 0;
  for (let s = 0; s < n; s++) {
    if (s >= 1) earlierMin = Math.min(earlierMin, prefix[s]);
    if (prefix[s] <= laterMin[s + 1] && prefix[s] <= earlierMin + total) starts++;
  }
  if (starts > 1) fail(`if a valid starting station exists, it is unique; found ${starts} valid starting stations`);
  return true;
}
