function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(5000, size));
  const value = () => Math.floor(rng() * 1001);
  const random = () => Array.from({ length: n }, value);
  const pick = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  switch (shape) {
    // Any k from 1 to n: usually a leftover group stays in order.
    case undefined:
      return [random(), pick(1, n)];
    // k divides n: every node is in a full group, none is left over.
    case 'k divides n': {
      const divisors = [];
      for (let d = 1; d <= n; d++) if (n % d === 0) divisors.push(d);
      return [random(), divisors[pick(0, divisors.length - 1)]];
    }
    // k does not divide n: a leftover group of 1..k-1 nodes must keep its order.
    case 'leftover group': {
      if (n < 3) return [random(), n];
      let k = pick(2, n - 1);
      while (n % k === 0) k = pick(2, n - 1);
      return [random(), k];
    }
    // Values 0, 1, 2, ... in order (distinct up to 1001 nodes): any misplaced node shows.
    case 'distinct ascending':
      return [Array.from({ length: n }, (_, i) => i % 1001), pick(1, n)];
    // k near n: one big group, possibly with a short leftover.
    case 'k near n':
      return [random(), Math.max(1, n - pick(0, Math.min(2, n - 1)))];
    // Fixed worst cases (no randomness): values 0, 1, 2, ... wrapping after 1000, with a fixed k.
    case 'ascending mod 1001, k = n - 1':
      return [Array.from({ length: n }, (_, i) => i % 1001), Math.max(1, n - 1)];
    case 'ascending mod 1001, k = 3':
      return [Array.from({ length: n }, (_, i) => i % 1001), Math.min(3, n)];
    // Random values with a fixed k: every node its own group, pairs, one group of all n.
    case 'random values, k = 1':
      return [random(), 1];
    case 'random values, k = 2':
      return [random(), Math.min(2, n)];
    case 'random values, k = n':
      return [random(), n];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
