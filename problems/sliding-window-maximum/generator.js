function generate(size, rng, shape) {
  const n = Math.max(1, size);
  if (shape !== undefined) return shaped(n, rng, shape);
  const nums = [];
  // Long falling stretches keep many candidates alive; random jumps reset them.
  let value = Math.floor(rng() * 20001) - 10000;
  for (let i = 0; i < n; i++) {
    value = rng() < 0.1 ? Math.floor(rng() * 20001) - 10000 : Math.max(-10000, value - Math.floor(rng() * 5));
    nums.push(value);
  }
  // Windows around half the array make re-scanning each window expensive.
  const k = n < 4 ? 1 + Math.floor(rng() * n) : Math.max(1, Math.floor(n * (0.3 + rng() * 0.4)));
  return [nums, k];
}

/**
 * Arrays where a window's maximum is easy to get wrong: sorted (every new value is the maximum),
 * reverse sorted (the maximum expires at every step), many duplicates (an equal twin must survive its
 * partner leaving), all negative or with zeros (a running maximum that starts at 0 or treats 0 as
 * "none"), and windows of the extreme sizes 1, 2, n - 1 and n.
 */
function shaped(n, rng, shape) {
  const random = (low, high) => low + Math.floor(rng() * (high - low + 1));
  let k = random(1, n);
  const nums = [];
  switch (shape) {
    case 'sorted':
    case 'reverse sorted': {
      let value = random(-10000, Math.max(-10000, 10000 - 3 * n));
      for (let i = 0; i < n; i++) {
        nums.push(Math.min(10000, value));
        value += random(0, 3);
      }
      if (shape === 'reverse sorted') nums.reverse();
      break;
    }
    case 'many duplicates':
      for (let i = 0; i < n; i++) nums.push(random(-2, 2));
      break;
    case 'negatives and zeros':
      for (let i = 0; i < n; i++) nums.push(rng() < 0.3 ? 0 : random(-10000, -1));
      break;
    case 'extreme window sizes':
      for (let i = 0; i < n; i++) nums.push(random(-10000, 10000));
      k = [1, Math.min(2, n), Math.max(1, n - 1), n][random(0, 3)];
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [nums, k];
}
