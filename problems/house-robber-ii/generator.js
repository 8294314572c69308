function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100, size));
  const nums = new Array(n);
  const any = () => Math.floor(rng() * 1001);
  if (shape === undefined) {
    for (let i = 0; i < n; i++) nums[i] = any();
  } else if (shape === 'all equal') {
    nums.fill(any());
  } else if (shape === 'rich ends') {
    // The first and last houses hold the most, so the straight-street answer would rob both neighbours.
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 200);
    nums[0] = 800 + Math.floor(rng() * 201);
    nums[n - 1] = 800 + Math.floor(rng() * 201);
  } else if (shape === 'alternating') {
    // Rich and poor houses in turn, with an occasional pair of rich neighbours that breaks the parity.
    for (let i = 0; i < n; i++) nums[i] = i % 2 === 0 || rng() < 0.2 ? 700 + Math.floor(rng() * 301) : Math.floor(rng() * 100);
  } else if (shape === 'sparse') {
    // Mostly empty houses: the best picks are far apart, often two or more houses skipped in a row.
    for (let i = 0; i < n; i++) nums[i] = rng() < 0.3 ? 1 + Math.floor(rng() * 1000) : 0;
  } else if (shape === 'few values') {
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 4);
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [nums];
}
