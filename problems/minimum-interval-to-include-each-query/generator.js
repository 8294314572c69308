function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const q = Math.max(1, between(Math.ceil(n / 2), n));
  let intervals;
  let queries;
  switch (shape) {
    // Intervals of mixed lengths in a window that grows with n; queries anywhere in it (some miss).
    case undefined:
    case 'random': {
      const span = Math.min(1e7, 4 * n + 10);
      intervals = Array.from({ length: n }, () => {
        const l = between(1, span);
        return [l, Math.min(1e7, l + between(0, rng() < 0.8 ? 6 : 4 * n))];
      });
      queries = Array.from({ length: q }, () => between(1, span + 5));
      break;
    }
    // Ends and queries on 1..9: equal intervals, queries on both ends of an interval, misses at 9.
    case 'few distinct endpoints':
      intervals = Array.from({ length: n }, () => {
        const l = between(1, 8);
        return [l, between(l, 8)];
      });
      queries = Array.from({ length: q }, () => between(1, 9));
      break;
    // Intervals around one centre, long and short: the smallest one containing a query changes
    // with the query, and an early-ending short interval must not be used after it ends.
    case 'nested':
      intervals = Array.from({ length: n }, () => {
        const c = 5000000 + between(-4, 4);
        return [c - between(0, 12), c + between(0, 12)];
      });
      queries = Array.from({ length: q }, () => 5000000 + between(-14, 14));
      break;
    // Disjoint intervals with gaps; about a third of the queries fall in the gaps (answer -1).
    case 'gaps':
      intervals = [];
      for (let i = 0, t = between(1, 3); i < n; i++) {
        const l = t + between(1, 3);
        const r = l + between(0, 4);
        intervals.push([l, r]);
        t = r;
      }
      queries = Array.from({ length: q }, () => between(1, intervals[n - 1][1] + 3));
      break;
    // Few distinct query values, each asked several times, out of order.
    case 'repeated queries': {
      intervals = Array.from({ length: n }, () => {
        const l = between(1, 30);
        return [l, l + between(0, 10)];
      });
      const pool = Array.from({ length: 3 }, () => between(1, 42));
      queries = Array.from({ length: q }, () => pool[between(0, 2)]);
      break;
    }
    // Values near the top of the range, with single-point intervals [x, x].
    case 'near 10^7':
      intervals = Array.from({ length: n }, () => {
        const l = between(1e7 - 20, 1e7);
        return rng() < 0.4 ? [l, l] : [l, Math.min(1e7, l + between(0, 6))];
      });
      queries = Array.from({ length: q }, () => between(1e7 - 22, 1e7));
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  for (let i = intervals.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [intervals[i], intervals[j]] = [intervals[j], intervals[i]];
  }
  return [intervals, queries];
}
