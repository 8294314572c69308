function generate(size, rng, shape) {
  if (shape === undefined) return anyPosition(size, rng);
  const length = Math.max(1, Math.min(30, size));
  const values = Array.from({ length }, () => Math.floor(rng() * 101));
  switch (shape) {
    // n equal to the length removes the head: the case a missing dummy node gets wrong.
    case 'remove head':
      return [values, length];
    // n = 1 removes the tail.
    case 'remove tail':
      return [values, 1];
    // One value everywhere, so only the length of the answer tells a wrong node from the right one.
    case 'all equal': {
      const v = values[0];
      return [values.map(() => v), 1 + Math.floor(rng() * length)];
    }
    // Lists of one or two nodes.
    case 'very short': {
      const short = values.slice(0, 1 + Math.floor(rng() * 2));
      return [short, 1 + Math.floor(rng() * short.length)];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}

function anyPosition(size, rng) {
  const length = Math.max(1, Math.min(30, size));
  const values = [];
  for (let i = 0; i < length; i++) values.push(Math.floor(rng() * 101));
  const n = 1 + Math.floor(rng() * length);
  return [values, n];
}
