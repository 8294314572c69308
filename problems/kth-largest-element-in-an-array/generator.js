function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(100000, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  const nums = [];
  for (let i = 0; i < n; i++) nums.push(-10000 + Math.floor(rng() * 20001));
  // k between n/20 and n/10: deep enough that extracting the maximum k times is far too slow.
  const low = Math.max(1, Math.floor(n / 20));
  const k = low + Math.floor(rng() * (Math.max(1, Math.floor(n / 10)) - low + 1));
  return [nums, k];
}

/**
 * Small arrays where selection slips show: few distinct values (duplicates count separately), sorted
 * either way (a quickselect pivot's worst case, and the answer at a fixed position), k at either end,
 * and mixed signs with multi-digit values (a default, text-ordered sort gets them wrong).
 */
function shaped(n, rng, shape) {
  const nums = [];
  let k = 1 + Math.floor(rng() * n);
  if (shape === 'few values') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 3) - 1);
  } else if (shape === 'sorted' || shape === 'reverse sorted') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 41) - 20);
    nums.sort((a, b) => (shape === 'sorted' ? a - b : b - a));
  } else if (shape === 'k at an end') {
    for (let i = 0; i < n; i++) nums.push(Math.floor(rng() * 201) - 100);
    k = rng() < 0.5 ? 1 : n;
  } else if (shape === 'mixed signs and digits') {
    for (let i = 0; i < n; i++) nums.push((rng() < 0.5 ? -1 : 1) * Math.min(10000, Math.floor(10 ** (rng() * 4))));
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [nums, k];
}
