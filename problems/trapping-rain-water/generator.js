function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(20000, size));
  if (shape !== undefined) return [shaped(n, rng, shape)];
  const height = [];
  // A random walk gives valleys and ridges of every width; clamp to the allowed range.
  let level = Math.floor(rng() * 100001);
  for (let i = 0; i < n; i++) {
    level += Math.floor(rng() * 4001) - 2000;
    if (level < 0) level = 0;
    if (level > 100000) level = 100000;
    height.push(rng() < 0.05 ? Math.floor(rng() * 100001) : level);
  }
  return [height];
}

/**
 * Small heights where the usual slips show: runs of equal bars (ties between the two pointers),
 * a valley that falls then rises and a peak that rises then falls (water depends on both sides),
 * flat zeros broken by spikes (wide pools, where a stack must multiply by the width), and equal walls
 * at both ends (the pointers meet on a tie).
 */
function shaped(n, rng, shape) {
  const pick = (count) => Math.floor(rng() * count);
  if (shape === 'plateaus') {
    const height = [];
    while (height.length < n) {
      const level = 2 * pick(3);
      const run = 1 + pick(3);
      for (let k = 0; k < run && height.length < n; k++) height.push(level);
    }
    return height;
  }
  if (shape === 'valley' || shape === 'peak') {
    const bottom = pick(Math.max(1, n));
    const sloped = Array.from({ length: n }, (_, i) => Math.abs(i - bottom) + pick(2));
    if (shape === 'valley') return sloped;
    const top = Math.max(...sloped);
    return sloped.map((h) => top - h);
  }
  if (shape === 'zeros and spikes') return Array.from({ length: n }, () => (rng() < 0.3 ? 1 + pick(100000) : 0));
  if (shape === 'twin walls') {
    const wall = 3 + pick(3);
    return Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? wall : pick(wall + 1)));
  }
  throw new Error('unknown shape ' + shape);
}
