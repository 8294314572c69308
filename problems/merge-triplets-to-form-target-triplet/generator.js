function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  const between = (lo, hi) => lo + below(hi - lo + 1);
  const shapes = ['small values', 'safe and unsafe', 'traps', 'target among triplets'];
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
