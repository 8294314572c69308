function generate(size, rng, shape) {
  // size is n; no upper cap, for the efficiency tier (hidden tests stay within n <= 200).
  const n = Math.max(1, size);
  const value = (hi) => 1 + Math.floor(rng() * hi);
  const nums = [];
  switch (shape) {
    case undefined:
      for (let i = 0; i < n; i++) nums.push(value(100));
      break;
    case 'small values':
      for (let i = 0; i < n; i++) nums.push(value(6));
      break;
    case 'planted': {
      // Two parts built to the same sum, then shuffled together: the answer is true (n = 1 cannot be).
      if (n === 1) return [[value(100)]];
      for (;;) {
        const left = [];
        for (let i = 0; i < Math.floor(n / 2); i++) left.push(value(100));
        const slots = n - left.length;
        let need = left.reduce((a, b) => a + b, 0);
        if (need < slots) continue; // the other part cannot hold that many values of at least 1
        const right = [];
        for (let i = 0; i < slots; i++) {
          const rest = slots - i - 1;
          // Leave at least 1 and at most 100 for each later slot.
          const lo = Math.max(1, need - 100 * rest);
          const hi = Math.min(100, need - rest);
          const v = lo + Math.floor(rng() * (hi - lo + 1));
          right.push(v);
          need -= v;
        }
        nums.push(...left, ...right);
        break;
      }
      for (let i = nums.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [nums[i], nums[j]] = [nums[j], nums[i]];
      }
      break;
    }
    case 'even values': {
      // Every value even with a total of 2 mod 4: half the total is odd, so no subset reaches it,
      // though the sum is even and many sums are reachable.
      for (let i = 0; i < n; i++) nums.push(2 * value(50));
      const total = nums.reduce((a, b) => a + b, 0);
      if (total % 4 === 0) nums[0] = nums[0] === 100 ? 98 : nums[0] + 2;
      break;
    }
    case 'one large': {
      // One large value and many small ones: the large one must sit alone or nearly so.
      nums.push(100);
      for (let i = 1; i < n; i++) nums.push(value(Math.min(100, Math.max(2, Math.ceil(200 / n)))));
      break;
    }
    case 'near miss': {
      // A planted partition with one value nudged by 2: the sum stays even, the balance often breaks.
      const [planted] = generate(n, rng, 'planted');
      const i = Math.floor(rng() * planted.length);
      planted[i] = planted[i] > 98 ? planted[i] - 2 : planted[i] + 2;
      return [planted];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [nums];
}
