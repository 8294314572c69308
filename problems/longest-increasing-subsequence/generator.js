function generate(size, rng, shape) {
  if (shape !== undefined) return shaped(Math.max(1, size), rng, shape);
  // No upper cap: the hidden tests stay within the constraints (validator.js checks them); larger sizes
  // are the efficiency tier's inputs (tests.json efficiency), beyond the constraints by design.
  const n = Math.max(1, size);
  const nums = new Array(n);
  // A noisy upward trend keeps the answer long, so the tails array grows and the search matters.
  for (let i = 0; i < n; i++) {
    const trend = Math.floor((i / n) * 20000) - 10000;
    const noise = Math.floor(rng() * 4001) - 2000;
    nums[i] = Math.max(-10000, Math.min(10000, trend + noise));
  }
  return [nums];
}

/**
 * Small arrays where LIS slips show: few distinct values (the subsequence is strictly increasing),
 * sorted either way, a zigzag whose best chain skips every other value, and the longest chain
 * ending before the last element.
 */
function shaped(n, rng, shape) {
  const nums = [];
  if (shape === 'few values') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 4));
  } else if (shape === 'sorted' || shape === 'reverse sorted') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 41) - 20);
    nums.sort((a, b) => (shape === 'sorted' ? a - b : b - a));
  } else if (shape === 'zigzag') {
    for (let i = 0; i < n; i++) nums.push(i % 2 === 0 ? i + Math.floor(rng() * 5) : i - 5 - Math.floor(rng() * 5));
  } else if (shape === 'ends low') {
    // A rising prefix and then a drop: the answer does not end at the last element.
    const cut = Math.ceil(n * (0.5 + rng() * 0.4));
    for (let i = 0; i < n; i++) nums.push(i < cut ? i * 3 + Math.floor(rng() * 3) : -10000 + Math.floor(rng() * 5));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [nums];
}
