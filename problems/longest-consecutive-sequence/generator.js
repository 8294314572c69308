function generate(size, rng) {
  const n = Math.max(0, size);
  if (n === 0) return [[]];
  const nums = [];
  // One long run (a fifth of the input or so) that a walk from every value would traverse repeatedly.
  const runLength = Math.max(1, Math.floor(n * (0.15 + rng() * 0.1)));
  const runStart = Math.floor(rng() * 1000000000) - 500000000;
  for (let i = 0; i < runLength; i++) nums.push(runStart + i);
  // Short runs and scattered values across the whole range, with some repeats.
  while (nums.length < n) {
    const roll = rng();
    if (roll < 0.1) nums.push(nums[Math.floor(rng() * nums.length)]);
    else if (roll < 0.3) {
      const start = Math.floor(rng() * 2000000001) - 1000000000;
      const len = 1 + Math.floor(rng() * 8);
      for (let i = 0; i < len && nums.length < n && start + i <= 1000000000; i++) nums.push(start + i);
    } else nums.push(Math.floor(rng() * 2000000001) - 1000000000);
  }
  for (let i = nums.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = nums[i];
    nums[i] = nums[j];
    nums[j] = swap;
  }
  return [nums];
}
