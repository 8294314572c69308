function generate(size, rng, shape) {
  if (shape === undefined) return mostlyUnitFactors(size, rng);
  const n = Math.max(2, size);
  const factor = () => (rng() < 0.5 ? -1 : 1) * (1 + Math.floor(rng() * 5));
  let nums;
  switch (shape) {
    // Exactly one zero: every answer is 0 except at the zero, which gets the product of the rest.
    case 'one zero':
      nums = Array.from({ length: n }, factor);
      nums[Math.floor(rng() * n)] = 0;
      break;
    // Two zeros or more: every answer is 0 (a division approach that special-cases one zero breaks).
    case 'two zeros':
      nums = Array.from({ length: n }, factor);
      nums[0] = 0;
      nums[Math.floor(rng() * (n - 1)) + 1] = 0;
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [nums[i], nums[j]] = [nums[j], nums[i]];
      }
      break;
    // Only negative values: signs flip at every step.
    case 'all negative':
      nums = Array.from({ length: n }, () => -(1 + Math.floor(rng() * 5)));
      break;
    // Values from {-1, 0, 1, 2}: zeros, sign flips and repeats together.
    case 'few distinct values':
      nums = Array.from({ length: n }, () => Math.floor(rng() * 4) - 1);
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [withinThirtyTwoBits(nums)];
}

/**
 * Turns a factor into its sign where the product of the non-zero magnitudes so far would pass
 * 2^31 - 1: that product bounds every prefix and suffix, as the statement requires.
 */
function withinThirtyTwoBits(nums) {
  let magnitude = 1;
  return nums.map((v) => {
    if (v === 0) return 0;
    if (magnitude * Math.abs(v) > 2 ** 31 - 1) return Math.sign(v);
    magnitude *= Math.abs(v);
    return v;
  });
}

function mostlyUnitFactors(size, rng) {
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
