function generate(size, rng) {
  const n = Math.max(1, Math.min(2500, size));
  const nums = new Array(n);
  // A noisy upward trend keeps the answer long, so the tails array grows and the search matters.
  for (let i = 0; i < n; i++) {
    const trend = Math.floor((i / n) * 20000) - 10000;
    const noise = Math.floor(rng() * 4001) - 2000;
    nums[i] = Math.max(-10000, Math.min(10000, trend + noise));
  }
  return [nums];
}
