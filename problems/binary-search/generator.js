function generate(size, rng) {
  const n = Math.max(1, Math.min(10000, size));
  // Selection sampling keeps the values distinct and already sorted without a sort.
  const nums = [];
  let needed = n;
  for (let v = -9999; v <= 9999 && needed > 0; v++) {
    const remaining = 9999 - v + 1;
    if (rng() * remaining < needed) {
      nums.push(v);
      needed--;
    }
  }
  let target;
  if (rng() < 0.7) {
    target = nums[Math.floor(rng() * nums.length)];
  } else {
    // Aim for a gap between stored values, or past either end, so the answer is -1.
    target = -9999 + Math.floor(rng() * 19999);
    while (nums.indexOf(target) !== -1 && target < 9999) target++;
  }
  return [nums, target];
}
