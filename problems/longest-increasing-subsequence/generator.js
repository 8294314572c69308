function generate(size, rng) {
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(1, size);
  const nums = new Array(n);
  // A noisy upward trend keeps the answer long, so the tails array grows and the search matters.
  for (let i = 0; i < n; i++) {
    const trend = Math.floor((i / n) * 20000) - 10000;
    const noise = Math.floor(rng() * 4001) - 2000;
    nums[i] = Math.max(-10000, Math.min(10000, trend + noise));
  }
  return [nums];
}
