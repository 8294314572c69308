function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const MAX = 1e4;
  // Turns a gain per station (gas[i] - cost[i]) into gas and cost, both in 0..MAX when |gain| <= MAX.
  const split = (gains, top) => {
    const gas = [];
    const cost = [];
    for (const g of gains) {
      const base = below(Math.max(1, top - Math.abs(g) + 1));
      gas.push(g >= 0 ? base + g : base);
      cost.push(g >= 0 ? base : base - g);
    }
    return [gas, cost];
  };
  // A circuit whose only valid start is `start`: walking from there, the tank stays above `surplus`
  // until it comes back with exactly `surplus`, so every other start runs dry somewhere.
  const unique = (start, surplus, step) => {
    const gains = new Array(n);
    let level = 0;
    for (let j = 1; j <= n; j++) {
      const next = j === n ? surplus : surplus + 1 + below(step);
      gains[(start + j - 1) % n] = next - level;
      level = next;
    }
    return gains;
  };
  if (shape === undefined) {
    // Interview scale, no upper cap (values above 10^4): one unit of profit at every station but a
    // loss of n + 4 at the second-to-last, so a walk from any start i < n - 2 gets n - 2 - i stations
    // before it runs dry there, and only the last station works. Trying every start costs ~n^2 / 2.
    const gains = new Array(n).fill(1);
    if (n >= 3) {
      gains[n - 2] = -(n + 4);
      gains[n - 1] = n + 4;
    }
    return split(gains, n + 4);
  }
  const top = Math.min(MAX, 1 + below(MAX));
  switch (shape) {
    case 'unique start': {
      // The tank comes back exactly empty.
      return split(unique(below(n), 0, 1 + below(Math.min(MAX, top))), MAX);
    }
    case 'surplus': {
      // Fuel to spare at the end of the circuit, but still one valid start.
      const surplus = 1 + below(50);
      return split(unique(below(n), surplus, 1 + below(MAX - surplus - 1)), MAX);
    }
    case 'no solution': {
      // Random stations with the total pushed below zero.
      const gains = Array.from({ length: n }, () => below(2 * top + 1) - top);
      let total = gains.reduce((a, b) => a + b, 0);
      while (total >= 0) {
        const i = below(n);
        const cut = Math.min(gains[i] + MAX, total + 1 + below(3));
        gains[i] -= cut;
        total -= cut;
      }
      return split(gains, MAX);
    }
    case 'short by one': {
      // A circuit with a unique start, then one station charges one unit more: total = -1.
      const gains = unique(below(n), 0, 1 + below(20));
      const i = below(n);
      if (gains[i] > -MAX) gains[i] -= 1;
      else gains[(i + 1) % n] -= 1;
      return split(gains, MAX);
    }
    case 'small values': {
      // Values 0..6, so zero gains, ties and empty-tank arrivals are common.
      return split(unique(below(n), below(2), 1 + below(3)), 6);
    }
    case 'start at an end': {
      // The valid start is station 0 or station n - 1.
      return split(unique(rng() < 0.5 ? 0 : n - 1, below(3), 1 + below(100)), MAX);
    }
    case 'long walks': {
      // One unit of profit per station and a loss of L at every L-th, total pushed to -1: every start
      // drives up to L stations before it runs dry, so trying every start costs about n * L / 2.
      const L = Math.min(MAX, Math.max(2, Math.floor(n / 10)));
      const gains = Array.from({ length: n }, (_, p) => ((p + 1) % L === 0 ? -L : 1));
      let total = gains.reduce((a, b) => a + b, 0);
      for (let i = n - 1; total >= 0; i = (i + n - 1) % n) {
        const cut = Math.min(gains[i] + MAX, total + 1);
        gains[i] -= cut;
        total -= cut;
      }
      return split(gains, MAX);
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
