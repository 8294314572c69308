function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const stones = (length, lo, hi) => Array.from({ length }, () => between(lo, hi));
  // No upper cap without a shape: the efficiency tier's pile is far beyond the 30 stones allowed.
  if (shape === undefined) return [stones(n, 1, 1000)];
  const count = Math.min(30, n);
  switch (shape) {
    case 'uniform':
      return [stones(count, 1, 1000)];
    case 'all equal':
      return [new Array(count).fill(between(1, 1000))];
    case 'small weights':
      // Weights 1-4 make most smashes ties, where both stones must disappear.
      return [stones(count, 1, 4)];
    case 'one giant': {
      // The giant is smashed over and over by small stones, so its remainder must go back each time.
      const pile = stones(count - 1, 1, 30);
      pile.splice(between(0, pile.length), 0, between(500, 1000));
      return [pile];
    }
    case 'mixed digits':
      // One, two, three and four digits side by side: a sort without a comparator orders them as text.
      return [Array.from({ length: count }, () => [between(1, 9), between(10, 99), between(100, 999), 1000][between(0, 3)])];
    case 'pairs plus one': {
      // Every weight twice, plus one or two stray stones whose remainders break the pairs apart.
      const pile = [];
      while (pile.length + 2 < count) {
        const weight = between(1, 50);
        pile.push(weight, weight);
      }
      while (pile.length < count) pile.push(between(1, 50));
      for (let i = pile.length - 1; i > 0; i--) {
        const j = between(0, i);
        const held = pile[i];
        pile[i] = pile[j];
        pile[j] = held;
      }
      return [pile];
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
}
