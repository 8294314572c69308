function generate(size, rng, shape) {
  // No upper cap on size for the efficiency tier; values stay within 0..100.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
  switch (shape) {
    case undefined:
    case 'any values':
      return [Array.from({ length: n }, () => below(101))];
    case 'small values':
      return [Array.from({ length: n }, () => below(4))];
    case 'zeros mixed in':
      return [Array.from({ length: n }, () => (rng() < 0.35 ? 0 : 1 + below(10)))];
    case 'ones and big':
      // Ones next to large values: the order matters most when a big pair can meet a big middle.
      return [Array.from({ length: n }, () => (rng() < 0.5 ? 1 : 50 + below(51)))];
    case 'every value 100':
      return [new Array(n).fill(100)];
    case 'ascending':
      return [Array.from({ length: n }, (_, i) => i % 101)];
    default:
      throw new Error('unknown shape ' + shape);
  }
}
