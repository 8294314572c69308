function generate(size, rng, shape) {
  // No upper cap on size, so the efficiency tier can go past 10^4; named shapes keep hands small.
  const n = Math.max(1, size);
  const below = (limit) => Math.floor(rng() * limit);
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
    default:
      throw new Error('unknown shape ' + shape);
  }
}
