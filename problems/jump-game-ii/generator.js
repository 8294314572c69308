function generate(size, rng, shape) {
  // No upper cap on size or values for the efficiency tier; named shapes keep values small.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  if (shape === undefined) {
    // Every index can jump to the end, so the naive table relaxes n - i targets from each index.
    return [Array.from({ length: n }, (_, i) => n - i)];
  }
  let nums;
  switch (shape) {
    case 'small steps':
      nums = Array.from({ length: n }, () => below(4));
      break;
    case 'zeros between pads':
      nums = Array.from({ length: n }, () => (rng() < 0.5 ? 0 : 1 + below(Math.min(n, 1000))));
      break;
    case 'all ones':
      nums = new Array(n).fill(1);
      if (n > 2) nums[below(n - 1)] = 2 + below(3);
      break;
    case 'decoy': {
      // A long jump that lands on a short value next to a shorter jump onto a long one: taking the
      // longest jump each time is not the fewest jumps.
      nums = Array.from({ length: n }, () => 1 + below(2));
      for (let i = 0; i + 2 < n; i += 3 + below(3)) {
        nums[i] = 2;
        nums[i + 1] = 2 + below(4);
        nums[i + 2] = 1;
      }
      break;
    }
    // The worst cases below are fixed arrays of length n (no randomness), already reachable.
    case 'every value 1':
      return [new Array(n).fill(1)];
    case 'every value 1000':
      return [new Array(n).fill(1000)];
    case '1000 then ones': {
      const fixed = new Array(n).fill(1);
      fixed[0] = 1000;
      return [fixed];
    }
    case 'every value 2':
      return [new Array(n).fill(2)];
    default:
      throw new Error('unknown shape ' + shape);
  }
  // The last index must be reachable: wherever the reach would stall, give that index a step.
  let reach = 0;
  for (let i = 0; i < n - 1; i++) {
    reach = Math.max(reach, i + nums[i]);
    if (reach <= i) {
      nums[i] = 1 + below(3);
      reach = i + nums[i];
    }
  }
  return [nums];
}
