function generate(size, rng, shape) {
  const n = Math.max(1, Math.min(50000, size));
  const value = () => 1 + Math.floor(rng() * 1000);
  switch (shape) {
    case undefined:
      return [Array.from({ length: n }, value)];
    // Ascending values: the woven order is easy to read off and any misplaced node shows.
    case 'ascending': {
      const start = 1 + Math.floor(rng() * 10);
      return [Array.from({ length: n }, (_, i) => Math.min(1000, start + i))];
    }
    // The same value everywhere: only a dropped or repeated node (the length) shows.
    case 'all equal': {
      const v = value();
      return [Array.from({ length: n }, () => v)];
    }
    // Values from {1, 2}: many duplicates, so a bug must be caught by position, not value.
    case 'few distinct values':
      return [Array.from({ length: n }, () => 1 + Math.floor(rng() * 2))];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
