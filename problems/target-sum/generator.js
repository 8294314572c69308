function generate(size, rng, shape) {
  // size is n; no upper cap, for the efficiency tier (hidden tests stay within n <= 20, where the
  // values are scaled so that sum(nums) <= 1000).
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const budget = n <= 20 ? 1000 : 100 * n;
  const nums = [];
  // A target that some choice of signs reaches: random signs, summed.
  const reachable = () => nums.reduce((acc, x) => acc + (rng() < 0.5 ? x : -x), 0);
  let target;
  switch (shape) {
    case undefined: {
      const cap = between(1, Math.floor(budget / n));
      for (let i = 0; i < n; i++) nums.push(between(0, cap));
      target = rng() < 0.7 ? reachable() : between(-Math.min(1000, budget), Math.min(1000, budget));
      break;
    }
    case 'small values':
      // Values 0..3: many sign choices land on the same total.
      for (let i = 0; i < n; i++) nums.push(between(0, 3));
      target = reachable();
      break;
    case 'zeros':
      // About half the numbers are 0: each zero doubles the count (+0 and -0 differ).
      for (let i = 0; i < n; i++) nums.push(rng() < 0.5 ? 0 : between(1, 9));
      target = reachable();
      break;
    case 'all equal': {
      const v = between(0, Math.min(50, Math.floor(budget / n)));
      for (let i = 0; i < n; i++) nums.push(v);
      target = reachable();
      break;
    }
    case 'unreachable': {
      // Either the wrong parity or beyond the total, on either side.
      const cap = Math.max(1, Math.floor(budget / n / 2));
      for (let i = 0; i < n; i++) nums.push(between(0, cap));
      const total = nums.reduce((a, b) => a + b, 0);
      const sign = rng() < 0.5 ? -1 : 1;
      if (rng() < 0.5 || total >= 1000) target = sign * (total % 2 === 0 ? 1 : 0) + sign * 2 * between(0, Math.floor(total / 2));
      else target = sign * between(total + 1, Math.min(1000, total + 20));
      if (Math.abs(target) > 1000) target = sign * (total % 2 === 0 ? 1 : 0);
      break;
    }
    case 'large values': {
      // A few large numbers that take most of the budget, and small ones around them.
      let left = budget;
      for (let i = 0; i < n; i++) {
        const v = i < 2 ? between(0, Math.floor(left / 2)) : between(0, Math.min(left, 5));
        nums.push(v);
        left -= v;
      }
      for (let i = nums.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [nums[i], nums[j]] = [nums[j], nums[i]];
      }
      target = reachable();
      break;
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [nums, target];
}
