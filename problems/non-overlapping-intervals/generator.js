function generate(size, rng, shape) {
  if (shape === undefined) return shortIntervals(size, rng);
  const n = Math.max(1, Math.min(20000, size));
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  let make;
  switch (shape) {
    // Ends on a grid of 0..6: equal intervals, shared ends and touching pairs ([1,3] and [3,5] do not overlap).
    case 'few distinct endpoints':
      make = () => {
        const a = between(0, 5);
        return [a, between(a + 1, 6)];
      };
      break;
    // Intervals around one centre, long and short: keeping the first by start instead of by end fails.
    case 'nested':
      make = () => {
        const half = between(1, 20);
        const centre = between(-2, 2);
        return [centre - half, centre + between(1, half)];
      };
      break;
    // Consecutive intervals that only touch, shuffled, with a few longer ones laid over them.
    case 'touching chain':
      make = (i) => (rng() < 0.8 ? [i - 5, i - 4] : [i - 5, i - 5 + between(2, 4)]);
      break;
    // All at negative coordinates near the lower bound.
    case 'negatives':
      make = () => {
        const a = between(-50000, -49980);
        return [a, a + between(1, 8)];
      };
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const intervals = Array.from({ length: n }, (_, i) => make(i));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [intervals[i], intervals[j]] = [intervals[j], intervals[i]];
  }
  return [intervals];
}

function shortIntervals(size, rng) {
  const n = Math.max(1, Math.min(20000, size));
  const intervals = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(rng() * 100000) - 50000;
    const length = 1 + Math.floor(rng() * (rng() < 0.9 ? 10 : 2000));
    intervals.push([start, Math.min(50000, start + length)]);
  }
  return [intervals.map(([s, e]) => (s < e ? [s, e] : [s - 1, e]))];
}
