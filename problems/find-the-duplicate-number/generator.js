function generate(size, rng, shape) {
  // size is n: nums has n + 1 entries, each in 1..n. No upper cap, for the efficiency tier.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = below(i + 1);
      const held = a[i];
      a[i] = a[j];
      a[j] = held;
    }
    return a;
  };
  const oneToN = () => Array.from({ length: n }, (_, i) => i + 1);
  switch (shape) {
    case undefined: {
      // Interview scale: a shuffled 1..n with the duplicate's two copies last, so comparing every
      // pair (or scanning for each value) does about n^2 / 2 steps before it finds them.
      const nums = shuffle(oneToN());
      nums.push(nums[n - 1]);
      return [nums];
    }
    case 'twice': {
      // Every value of 1..n once, plus one extra copy of a random value, anywhere.
      const nums = oneToN();
      nums.push(1 + below(n));
      return [shuffle(nums)];
    }
    case 'many copies': {
      // The duplicate replaces several other values, so the sum and XOR of 1..n no longer help.
      const nums = oneToN();
      const dup = 1 + below(n);
      nums.push(dup);
      const copies = Math.min(n, 2 + below(Math.max(1, Math.ceil(n / 2))));
      for (const i of shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, copies)) nums[i] = dup;
      return [shuffle(nums)];
    }
    case 'all equal': {
      const dup = 1 + below(n);
      return [new Array(n + 1).fill(dup)];
    }
    case 'extreme duplicate': {
      // The duplicate is 1 or n, the ends of the value range (and of a binary search over it).
      const nums = oneToN();
      nums.push(rng() < 0.5 ? 1 : n);
      return [shuffle(nums)];
    }
    case 'long cycle': {
      // Following i -> nums[i] from 0 walks through every index before it meets the duplicate.
      const order = shuffle(oneToN());
      const nums = new Array(n + 1);
      let at = 0;
      for (const next of order) {
        nums[at] = next;
        at = next;
      }
      nums[at] = order[below(n)];
      return [nums];
    }
    case 'sorted': {
      const nums = oneToN();
      nums.push(1 + below(n));
      return [nums.sort((a, b) => a - b)];
    }
    case 'ascending then 1': {
      // 1..n in order, then a second 1: no randomness.
      const nums = oneToN();
      nums.push(1);
      return [nums];
    }
    case 'all equal to n':
      // n + 1 copies of n: no randomness.
      return [new Array(n + 1).fill(n)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
