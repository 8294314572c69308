function generate(size, rng) {
  const n = Math.max(1, Math.min(10000, size));
  const nums = new Array(n);
  // Nine zeros in ten is the worst case for shifting the rest left once per zero: about n^2 moves.
  const zeroShare = rng() < 0.35 ? 0.9 : 0.3 + rng() * 0.4;
  for (let i = 0; i < n; i++) {
    if (rng() < zeroShare) nums[i] = 0;
    else nums[i] = Math.floor(rng() * 4294967296) - 2147483648 || 1;
  }
  return [nums];
}
