function generate(size, rng, shape) {
  const n = Math.max(0, size);
  if (shape !== undefined) return shaped(n, rng, shape);
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

/**
 * Small inputs where run counting slips: many repeats inside runs, runs separated by a single missing
 * value, runs crossing zero, and runs at the ends of the value range; always shuffled.
 */
function shaped(n, rng, shape) {
  const nums = [];
  if (shape === 'duplicates') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 6));
  } else if (shape === 'gaps of one') {
    // Values from {0, 1, 2, 4, 5, 7, …}: runs that would join if one missing value were there.
    for (let i = 0; i < n; i++) {
      const v = Math.floor(rng() * 12);
      nums.push(v % 3 === 2 ? v + 1 : v);
    }
  } else if (shape === 'crossing zero') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 11) - 5);
  } else if (shape === 'range ends') {
    for (let i = 0; i < n; i++) nums.push(rng() < 0.5 ? 1000000000 - Math.floor(rng() * 6) : -1000000000 + Math.floor(rng() * 6));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  for (let i = nums.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = nums[i];
    nums[i] = nums[j];
    nums[j] = swap;
  }
  return [nums];
}
