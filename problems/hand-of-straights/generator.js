function generate(size, rng, shape) {
  // No upper cap on size, so the efficiency tier can go past 10^4; named shapes keep hands small.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  // Python's random.Random(seed) (MT19937, seeded by init_by_array), which wrote these inputs first:
  // randint(lo, hi) and the draws of sample() are reproduced exactly, so the inputs are the same.
  const pythonRandom = (seed) => {
    const N = 624;
    const mt = new Array(N);
    let index = N;
    mt[0] = 19650218;
    for (let i = 1; i < N; i++) mt[i] = (Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) >>> 0;
    let i = 1;
    for (let k = N; k > 0; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + seed) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    for (let k = N - 1; k > 0; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    const next32 = () => {
      if (index >= N) {
        for (let k = 0; k < N; k++) {
          const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
          mt[k] = (mt[(k + 397) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
        }
        index = 0;
      }
      let y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y >>> 0;
    };
    // _randbelow(n): the top bit_length(n) bits of a draw, redrawn until below n.
    const below = (limit) => {
      const bits = 32 - Math.clz32(limit);
      for (;;) {
        const r = next32() >>> (32 - bits);
        if (r < limit) return r;
      }
    };
    return { below, randint: (lo, hi) => lo + below(hi - lo + 1) };
  };
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = below(i + 1);
      const held = a[i];
      a[i] = a[j];
      a[j] = held;
    }
    return a;
  };
  // A hand that splits into groups: runs of groupSize consecutive values from starts in [base, base + spread).
  const straights = (groupSize, groups, base, spread) => {
    const cards = [];
    for (let g = 0; g < groups; g++) {
      const start = base + below(spread);
      for (let k = 0; k < groupSize; k++) cards.push(start + k);
    }
    return shuffle(cards);
  };
  if (shape === undefined) {
    // Interview scale: four runs of 3 values, each value n / 12 times. Values repeat heavily, so
    // scanning the sorted hand for each next card is O(n^2), while counting distinct values is not.
    const groupSize = 3;
    const groups = Math.max(1, Math.floor(n / groupSize));
    const cards = [];
    for (let g = 0; g < groups; g++) {
      const start = 1000 * (g % 4);
      for (let k = 0; k < groupSize; k++) cards.push(start + k);
    }
    return [shuffle(cards), groupSize];
  }
  switch (shape) {
    case 'splits into straights': {
      const groupSize = 1 + below(Math.min(n, 5));
      const groups = Math.max(1, Math.floor(n / groupSize));
      return [straights(groupSize, groups, below(20), 1 + below(8)), groupSize];
    }
    case 'one card changed': {
      // A hand that splits, then one card nudged up or down by one: usually no longer splits.
      const groupSize = 2 + below(Math.max(1, Math.min(n, 5) - 1));
      const groups = Math.max(1, Math.floor(n / groupSize));
      const cards = straights(groupSize, groups, 1 + below(20), 1 + below(6));
      const i = below(cards.length);
      cards[i] += rng() < 0.5 ? 1 : -1;
      return [cards, Math.min(groupSize, cards.length)];
    }
    case 'random values': {
      const spread = 1 + below(6);
      const cards = Array.from({ length: n }, () => below(spread));
      const divisors = [];
      for (let d = 1; d <= n; d++) if (n % d === 0) divisors.push(d);
      return [cards, rng() < 0.7 ? divisors[below(divisors.length)] : 1 + below(n)];
    }
    case 'across digit lengths': {
      // Straights around 9, 99, 999, ... so a hand sorted as strings is out of numeric order.
      const groupSize = 2 + below(Math.max(1, Math.min(n, 5) - 1));
      const groups = Math.max(1, Math.floor(n / groupSize));
      const edge = [10, 100, 1000, 10000, 1e9 - 10][below(5)];
      const base = Math.max(0, edge - groupSize - below(3));
      const cards = straights(groupSize, groups, base, Math.min(groupSize + 2, 1e9 - groupSize + 1 - base));
      if (rng() < 0.3) cards[below(cards.length)] += 1;
      return [cards.map((c) => Math.min(c, 1e9)), Math.min(groupSize, cards.length)];
    }
    case 'one straight of n, shuffled':
    case 'one straight of n + 1 missing its middle, shuffled': {
      // 0..n-1 in the order random.Random(846).sample drew it; then, from the same source, the n
      // values 0..n without n / 2, sampled and reversed. No use of rng: the orders are Python's.
      const py = pythonRandom(846);
      const sample = (pool) => {
        const out = [];
        for (let i = 0; i < pool.length; i++) {
          const j = py.below(pool.length - i);
          out.push(pool[j]);
          pool[j] = pool[pool.length - i - 1];
        }
        return out;
      };
      const straight = sample(Array.from({ length: n }, (_, i) => i));
      if (shape === 'one straight of n, shuffled') return [straight, n];
      const gapped = Array.from({ length: n }, (_, i) => (i < Math.floor(n / 2) ? i : i + 1));
      return [sample(gapped).reverse(), n];
    }
    case 'straights of 4 near 10^9':
    case 'straights of 4 near 10^9, one card off': {
      // n / 4 straights of 4 starting in the last 3000 values below 10^9 - 3 (large values, many repeats).
      const cards = straights(4, Math.max(1, Math.floor(n / 4)), 999997000, 2998);
      if (shape === 'straights of 4 near 10^9, one card off') cards[below(cards.length)] -= 1;
      return [cards, 4];
    }
    case 'all 777, groupSize 1':
      // n copies of 777: no randomness.
      return [new Array(n).fill(777), 1];
    case 'all 777, groupSize 2':
      return [new Array(n).fill(777), 2];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
