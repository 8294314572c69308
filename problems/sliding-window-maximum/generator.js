function generate(size, rng) {
  const n = Math.max(1, size);
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
