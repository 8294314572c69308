function generate(size, rng, shape) {
  const n = Math.max(3, Math.min(3000, size));
  if (shape !== undefined) return [shaped(n, rng, shape)];
  // A narrow range gives many repeated values (testing de-duplication); a wide one gives sparse answers.
  const range = rng() < 0.5 ? 20 + Math.floor(rng() * 200) : 100000;
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * (2 * range + 1)) - range);
  return [nums];
}

/**
 * Arrays where de-duplication and pruning go wrong: many duplicates from a tiny range (triplets that
 * need two or three equal values), many zeros ([0, 0, 0] and zero with opposites), opposite pairs
 * around a few negatives (a third value found by reusing the first or second element), mixed
 * magnitudes (a default string sort misorders -100, -20 and 3) and a large negative outlier first
 * (pruning that breaks instead of continuing when the smallest value cannot reach zero).
 */
function shaped(n, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  const nums = [];
  switch (shape) {
    case 'many duplicates':
      for (let i = 0; i < n; i++) nums.push(random(-3, 3));
      break;
    case 'many zeros':
      for (let i = 0; i < n; i++) nums.push(rng() < 0.5 ? 0 : random(-5, 5));
      break;
    case 'opposite pairs':
      while (nums.length < n) {
        const v = random(1, 50);
        nums.push(rng() < 0.5 ? v : -2 * v, rng() < 0.5 ? v : -v);
      }
      nums.length = n;
      break;
    case 'mixed magnitudes':
      // Every third value closes the two before it to zero, so there are triplets to miss.
      for (let i = 0; i < n; i++) {
        const magnitude = [1, 10, 100, 1000][random(0, 3)];
        const value = (rng() < 0.5 ? -1 : 1) * random(magnitude, 10 * magnitude - 1);
        nums.push(i % 3 === 2 ? -(nums[i - 1] + nums[i - 2]) : value);
      }
      break;
    case 'negative outlier':
      nums.push(-random(50000, 100000));
      for (let i = 1; i < n; i++) nums.push(random(-10, 10));
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  // Shuffle so no solution can rely on the input's order.
  for (let i = nums.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return nums;
}
