function generate(size, rng, shape) {
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  let intervals;
  switch (shape) {
    // Random meetings of mixed lengths in a window that grows with n: a few rooms.
    case undefined:
    case 'random': {
      const span = Math.min(1e6, 20 * n + 20);
      intervals = Array.from({ length: n }, () => {
        const start = between(0, span - 1);
        return [start, Math.min(1e6, start + between(1, rng() < 0.8 ? 40 : 400))];
      });
      break;
    }
    // Start and end on a grid of 0..8: equal meetings, shared starts and ends, rooms freed and
    // taken at the same moment.
    case 'few distinct endpoints':
      intervals = Array.from({ length: n }, () => {
        const a = between(0, 7);
        return [a, between(a + 1, Math.min(8, a + 3))];
      });
      break;
    // Meetings of one to three units starting on consecutive times: many end exactly as others start.
    case 'touching chain':
      intervals = shuffle(Array.from({ length: n }, (_, i) => {
        const s = Math.floor(i / between(1, 2));
        return [s, s + between(1, 3)];
      }));
      break;
    // Meetings around one centre, long and short: many run at once near the middle.
    case 'nested':
      intervals = Array.from({ length: n }, () => {
        const c = 500000 + between(-3, 3);
        return [c - between(1, 30), c + between(1, 30)];
      });
      break;
    // Meetings laid one after another with gaps of 0 or more: one room does.
    case 'disjoint': {
      const step = Math.max(1, Math.min(20, Math.floor(1e6 / (2 * n))));
      intervals = [];
      let t = 0;
      for (let i = 0; i < n; i++) {
        const s = t + (rng() < 0.5 ? 0 : between(1, step));
        t = s + between(1, step);
        intervals.push([s, t]);
      }
      shuffle(intervals);
      break;
    }
    // A long meeting over a run of short back-to-back ones, plus a few short overlaps.
    case 'long over short':
      intervals = Array.from({ length: n }, (_, i) =>
        rng() < 0.2 ? [between(0, n), n + between(1, 5)] : [2 * i, 2 * i + between(1, 3)],
      );
      shuffle(intervals);
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [intervals];
}
