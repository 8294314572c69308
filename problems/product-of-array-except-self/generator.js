function generate(size, rng) {
  const n = Math.max(2, size);
  // Mostly +1/-1 so the signs flip often, plus a few larger factors whose product stays below 2^31.
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(rng() < 0.5 ? -1 : 1);
  const bigFactors = Math.floor(rng() * 6);
  for (let f = 0; f < bigFactors; f++) {
    const magnitude = 2 + Math.floor(rng() * 29);
    nums[Math.floor(rng() * n)] = rng() < 0.5 ? -magnitude : magnitude;
  }
  const zeros = Math.floor(rng() * 3);
  for (let z = 0; z < zeros; z++) nums[Math.floor(rng() * n)] = 0;
  return [nums];
}
