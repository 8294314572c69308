function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100, size));
  const nums = new Array(n);
  if (shape === undefined) {
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 401);
    return [nums];
  }
  if (shape === 'all equal') {
    nums.fill(Math.floor(rng() * 401));
  } else if (shape === 'alternating') {
    // Rich and poor houses in turn, with an occasional pair of rich neighbours that breaks the parity.
    for (let i = 0; i < n; i++) nums[i] = i % 2 === 0 || rng() < 0.2 ? 300 + Math.floor(rng() * 101) : Math.floor(rng() * 50);
  } else if (shape === 'sparse') {
    // Mostly empty houses: the best picks are far apart, often two or more houses skipped in a row.
    for (let i = 0; i < n; i++) nums[i] = rng() < 0.3 ? 1 + Math.floor(rng() * 400) : 0;
  } else if (shape === 'few values') {
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 4);
  } else if (shape === 'sorted') {
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 401);
    nums.sort((a, b) => a - b);
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [nums];
}
