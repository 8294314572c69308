function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(5000, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  const sorted = [];
  let needed = n;
  // Selection sampling over [-10^4, 10^4] gives distinct values already in order.
  for (let v = -10000; v <= 10000 && needed > 0; v++) {
    if (rng() * (10000 - v + 1) < needed) {
      sorted.push(v);
      needed--;
    }
  }
  const pivot = Math.floor(rng() * n);
  const nums = sorted.slice(pivot).concat(sorted.slice(0, pivot));
  let target;
  if (rng() < 0.7) {
    target = nums[Math.floor(rng() * n)];
  } else {
    target = -10000 + Math.floor(rng() * 20001);
    while (sorted.indexOf(target) !== -1 && target < 10000) target++;
  }
  return [nums, target];
}

/**
 * Arrays where the pivot logic breaks: not rotated at all (the smallest value at index 0 leaves a
 * "left part" empty), rotated by one either way, the target at the rotation point (the largest or the
 * smallest value), targets absent from gaps and ends, and consecutive values, where every absent
 * target sits just outside the range.
 */
function shaped(n, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const consecutive = shape === 'consecutive values';
  const start = random(-10000, 10000 - (consecutive ? n - 1 : 3 * n));
  const sorted = [];
  for (let i = 0; i < n; i++) sorted.push(consecutive ? start + i : start + 3 * i + random(0, 2));
  let pivot = random(0, n - 1);
  let target = sorted[random(0, n - 1)];
  switch (shape) {
    case 'not rotated':
      pivot = 0;
      if (rng() < 0.25) target = sorted[0] - 1;
      break;
    case 'rotated by one':
      pivot = rng() < 0.5 ? 1 % n : n - 1;
      break;
    case 'target at the rotation point':
      target = rng() < 0.5 ? sorted[0] : sorted[n - 1];
      break;
    case 'target absent': {
      // Values are 3 apart with a random jitter of 0..2, so a gap of 2 or more leaves a free value.
      const gaps = [sorted[0] - 1, sorted[n - 1] + 1];
      for (let i = 1; i < n; i++) if (sorted[i] - sorted[i - 1] > 1) gaps.push(sorted[i - 1] + 1);
      target = gaps[random(0, gaps.length - 1)];
      break;
    }
    case 'consecutive values':
      if (rng() < 0.3) target = rng() < 0.5 ? start - 1 : start + n;
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  target = Math.max(-10000, Math.min(10000, target));
  return [sorted.slice(pivot).concat(sorted.slice(0, pivot)), target];
}
