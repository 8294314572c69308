function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(10000, size));
  // Selection sampling keeps the values distinct and already sorted without a sort.
  const nums = [];
  let needed = n;
  for (let v = -9999; v <= 9999 && needed > 0; v++) {
    const remaining = 9999 - v + 1;
    if (rng() * remaining < needed) {
      nums.push(v);
      needed--;
    }
  }
  if (shape !== undefined) return shaped(nums, rng, shape);
  let target;
  if (rng() < 0.7) {
    target = nums[Math.floor(rng() * nums.length)];
  } else {
    // Aim for a gap between stored values, or past either end, so the answer is -1.
    target = -9999 + Math.floor(rng() * 19999);
    while (nums.indexOf(target) !== -1 && target < 9999) target++;
  }
  return [nums, target];
}

/** Inputs that probe the bounds of the search: ends, gaps and runs of consecutive values. */
function shaped(sample, rng, shape) {
  const n = sample.length;
  const pick = (a) => a[Math.floor(rng() * a.length)];
  if (shape === 'target at an end') return [sample, rng() < 0.5 ? sample[0] : sample[n - 1]];
  if (shape === 'target absent') {
    // Just below the first value, just above the last, or in a gap between two stored values.
    const gaps = [sample[0] - 1, sample[n - 1] + 1];
    for (let i = 1; i < n; i++) if (sample[i] - sample[i - 1] > 1) gaps.push(sample[i] - 1);
    return [sample, pick(gaps.filter((g) => g > -1e4 && g < 1e4))];
  }
  if (shape === 'consecutive') {
    // No gaps: an off-by-one in lo/hi lands on a neighbour that is one away from the target.
    const start = -20 + Math.floor(rng() * 40);
    const nums = Array.from({ length: n }, (_, i) => start + i);
    return [nums, start - 1 + Math.floor(rng() * (n + 2))];
  }
  if (shape === 'negatives') {
    const nums = sample.map((v) => (v - 9999) >> 1).filter((v, i, a) => i === 0 || v !== a[i - 1]);
    return [nums, rng() < 0.7 || nums[0] <= -9999 ? pick(nums) : nums[0] - 1];
  }
  throw new Error('unknown shape ' + shape);
}
