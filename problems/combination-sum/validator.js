/** LeetCode 39, Combination Sum: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([candidates, target]) {
  ints('candidates', candidates, 1, 30, 2, 40);
  distinct('candidates', candidates);
  int('target', target, 1, 40);
  // Combinations (each candidate any number of times, order ignored) counted as coin change counts ways.
  const ways = new Array(target + 1).fill(0);
  ways[0] = 1;
  for (const c of candidates) for (let t = c; t <= target; t++) ways[t] += ways[t - c];
  if (ways[target] >= 150) fail(`fewer than 150 unique combinations may sum to target (found ${ways[target]})`);
  return true;
}
