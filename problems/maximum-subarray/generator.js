function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  // Slightly more negative than positive on average, so the best run is a real choice.
  const nums = new Array(n);
  if (shape === undefined) {
    for (let i = 0; i < n; i++) nums[i] = Math.floor(rng() * 20001) - 10050;
    return [nums.map((x) => Math.max(-10000, Math.min(10000, x)))];
  }
  if (shape === 'all negative') {
    // The answer is the largest single element: a sum floored at 0 or an empty subarray is wrong.
    for (let i = 0; i < n; i++) nums[i] = -1 - Math.floor(rng() * 20);
  } else if (shape === 'alternating signs') {
    for (let i = 0; i < n; i++) nums[i] = (i % 2 === 0 ? 1 : -1) * (1 + Math.floor(rng() * 9));
  } else if (shape === 'zeros and negatives') {
    for (let i = 0; i < n; i++) nums[i] = rng() < 0.4 ? 0 : -1 - Math.floor(rng() * 9);
  } else if (shape === 'dip between runs') {
    // Two positive runs around one dip: whether to bridge it depends on its depth.
    const dip = Math.floor(rng() * n);
    for (let i = 0; i < n; i++) nums[i] = i === dip ? -1 - Math.floor(rng() * 30) : Math.floor(rng() * 10) - 2;
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [nums];
}
