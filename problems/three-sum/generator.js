function generate(size, rng) {
  const n = Math.max(3, Math.min(3000, size));
  // A narrow range gives many repeated values (testing de-duplication); a wide one gives sparse answers.
  const range = rng() < 0.5 ? 20 + Math.floor(rng() * 200) : 100000;
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * (2 * range + 1)) - range);
  return [nums];
}
