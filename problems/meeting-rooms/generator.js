function generate(size, rng, shape) {
  const n = Math.max(0, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const shuffle = (a) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  // Meetings laid one after another with gaps of 0 (touching) or more, then shuffled: no clash.
  const disjoint = () => {
    const step = Math.max(1, Math.min(20, Math.floor(1e6 / (2 * Math.max(1, n)))));
    const out = [];
    let t = between(0, step);
    for (let i = 0; i < n; i++) {
      const start = t + (rng() < 0.4 ? 0 : between(0, step));
      const end = start + between(1, step);
      out.push([start, end]);
      t = end;
    }
    return out;
  };
  let intervals;
  switch (shape) {
    // Random meetings anywhere in 0..10^6: with more than a handful, almost always a clash.
    case undefined:
    case 'random':
      intervals = Array.from({ length: n }, () => {
        const start = between(0, 1e6 - 1);
        return [start, Math.min(1e6, start + between(1, 20000))];
      });
      break;
    case 'disjoint':
      intervals = shuffle(disjoint());
      break;
    // A disjoint schedule where one meeting runs one unit into the next one (or repeats one).
    case 'one clash': {
      intervals = disjoint();
      if (n >= 2) {
        const i = between(0, n - 2);
        if (rng() < 0.3) intervals[i + 1] = [...intervals[i]];
        else {
          const next = intervals[i + 1];
          intervals[i] = [intervals[i][0], Math.max(intervals[i][1], next[0] + 1)];
        }
      }
      shuffle(intervals);
      break;
    }
    // Start and end on a grid of 0..6: equal meetings, shared starts and ends, touching pairs.
    case 'few distinct endpoints':
      intervals = Array.from({ length: n }, () => {
        const a = between(0, 5);
        return [a, between(a + 1, Math.min(6, a + 2))];
      });
      break;
    // Unit meetings [i, i + 1] that only touch, shuffled; now and then one lasts two units and clashes.
    case 'touching chain':
      intervals = shuffle(
        Array.from({ length: n }, (_, i) => [i, i + (rng() < 0.06 ? 2 : 1)]),
      );
      break;
    // One long meeting and short ones, some inside it: sorting by end or comparing only neighbours
    // in input order goes wrong.
    case 'nested': {
      intervals = disjoint();
      if (n >= 2 && rng() < 0.7) {
        const last = intervals[n - 1][1];
        const i = between(0, n - 1);
        intervals[i] = [Math.max(0, intervals[i][0] - between(0, 3)), last + between(0, 3)];
      }
      shuffle(intervals);
      break;
    }
    default:
      throw new Error('unknown shape ' + shape);
  }
  return [intervals];
}
