function generate(size, rng) {
  const n = Math.max(1, Math.min(100000, size));
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(-10000 + Math.floor(rng() * 20001));
  // k between n/20 and n/10: deep enough that extracting the maximum k times is far too slow.
  const low = Math.max(1, Math.floor(n / 20));
  const k = low + Math.floor(rng() * (Math.max(1, Math.floor(n / 10)) - low + 1));
  return [nums, k];
}
