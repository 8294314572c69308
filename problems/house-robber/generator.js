function generate(size, rng) {
  const n = Math.max(1, Math.min(100, size));
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 401);
  return [nums];
}
