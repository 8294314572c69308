function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const between = (lo, hi) => lo + below(hi - lo + 1);
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
  const shapes = ['small values', 'safe and unsafe', 'traps', 'target among triplets'];
  // Deterministic worst cases: no randomness, size is n.
  if (shape === 'all equal to the target 1000') {
    return [Array.from({ length: n }, () => [1000, 1000, 1000]), [1000, 1000, 1000]];
  }
  if (shape === 'all ones, target one higher') {
    return [Array.from({ length: n }, () => [1, 1, 1]), [1, 1, 2]];
  }
  if (shape === 'rows to 500, the last completes the target' || shape === 'rows to 500, the last overshoots by one') {
    // Target [700, 800, 900]: n rows of values in 1..500 drawn by random.Random(1899), then row n / 2
    // is [1, 800, 900] and the last row [700, 1, 1] (completes) or [700, 801, 1] (overshoots).
    // No use of rng: the rows are Python's, as first written.
    const py = pythonRandom(1899);
    const triplets = Array.from({ length: n }, () => [py.randint(1, 500), py.randint(1, 500), py.randint(1, 500)]);
    triplets[Math.floor(n / 2)] = [1, 800, 900];
    triplets[n - 1] = shape === 'rows to 500, the last completes the target' ? [700, 1, 1] : [700, 801, 1];
    return [triplets, [700, 800, 900]];
  }
  // No shape (the mutation gate's equivalence check) means any named one.
  const kind = shape === undefined ? shapes[below(shapes.length)] : shape;
  const maxValue = (kind === 'small values' ? 5 : 1000);
  const target = Array.from({ length: 3 }, () => between(1, maxValue));
  // A triplet at or below the target in every coordinate, equal to it in each with probability p.
  const safe = (p) => target.map((v) => (rng() < p ? v : between(1, v)));
  // A triplet above the target in at least one coordinate, possibly equal to it in the others.
  const unsafe = () => {
    const t = safe(0.5);
    const j = below(3);
    if (target[j] < 1000) t[j] = between(target[j] + 1, Math.min(1000, target[j] + 1 + below(50)));
    return t;
  };
  switch (kind) {
    case 'small values':
      return [Array.from({ length: n }, () => Array.from({ length: 3 }, () => between(1, 5))), target];
    case 'safe and unsafe':
      return [Array.from({ length: n }, () => (rng() < 0.5 ? safe(0.3) : unsafe())), target];
    case 'traps': {
      // Mostly unsafe triplets that match the target elsewhere, and few safe ones that rarely match.
      const triplets = Array.from({ length: n }, () => (rng() < 0.8 ? unsafe() : safe(0.15)));
      return [triplets, target];
    }
    case 'target among triplets': {
      const triplets = Array.from({ length: n }, () => (rng() < 0.5 ? safe(0.2) : unsafe()));
      if (rng() < 0.7) triplets[below(n)] = target.slice();
      return [triplets, target];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
