function generate(size, rng) {
  const n = Math.max(1, Math.min(100000, size));
  // Slightly more negative than positive on average, so the best run is a real choice.
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 20001) - 10050;
  return [nums.map((x) => Math.max(-10000, Math.min(10000, x)))];
}
