function generate(size, rng) {
  const n = Math.max(1, Math.min(5000, size));
  const sorted = [];
  let needed = n;
  // Selection sampling over [-10^4, 10^4] gives distinct values already in order.
  for (let v = -10000; v <= 10000 && needed > 0; v++) {
    if (rng() * (10000 - v + 1) < needed) {
      sorted.push(v);
      needed--;
    }
  }
  const pivot = Math.floor(rng() * n);
  const nums = sorted.slice(pivot).concat(sorted.slice(0, pivot));
  let target;
  if (rng() < 0.7) {
    target = nums[Math.floor(rng() * n)];
  } else {
    target = -10000 + Math.floor(rng() * 20001);
    while (sorted.indexOf(target) !== -1 && target < 10000) target++;
  }
  return [nums, target];
}
