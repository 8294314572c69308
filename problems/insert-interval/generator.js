function generate(size, rng, shape) {
  const n = Math.max(0, Math.min(10000, size));
  if (shape !== undefined) return shaped(n, rng, shape);
  const intervals = [];
  // Sorted, disjoint and non-touching: each interval starts at least one past the previous end.
  let at = Math.floor(rng() * 3);
  for (let i = 0; i < n; i++) {
    const start = at + 1 + Math.floor(rng() * 8);
    const end = start + Math.floor(rng() * 8);
    if (end > 100000) break;
    intervals.push([start, end]);
    at = end;
  }
  const top = Math.max(1, at + 5);
  const a = Math.floor(rng() * top);
  const span = rng() < 0.5 ? Math.floor(rng() * 20) : Math.floor(rng() * (top / 3));
  const b = Math.min(100000, a + span);
  return [intervals, [a, b]];
}

/**
 * A few small intervals and a new one placed where merging slips: ends that touch an existing
 * interval's boundary exactly, nested inside one or covering a run of them exactly, point intervals,
 * or wholly before the first or after the last.
 */
function shaped(n, rng, shape) {
  const intervals = [];
  let at = -1;
  for (let i = 0; i < n; i++) {
    const start = at + 1 + Math.floor(rng() * 3);
    const end = shape === 'point intervals' ? start : start + Math.floor(rng() * 4);
    intervals.push([start, end]);
    at = end;
  }
  const top = at + 3;
  const boundaries = [0, top];
  for (const [s, e] of intervals) boundaries.push(s, e);
  const pick = (a) => a[Math.floor(rng() * a.length)];
  let a;
  let b;
  if (shape === 'touching') {
    // Both ends of the new interval sit on existing boundaries.
    a = pick(boundaries);
    b = pick(boundaries.filter((x) => x >= a));
  } else if (shape === 'nested') {
    if (n === 0 || rng() < 0.4) {
      a = Math.floor(rng() * top);
      b = a + Math.floor(rng() * 3);
    } else {
      const i = Math.floor(rng() * n);
      const j = i + Math.floor(rng() * (n - i));
      // Inside one interval, or exactly covering intervals i..j.
      if (rng() < 0.5) {
        a = intervals[i][0] + Math.floor(rng() * (intervals[i][1] - intervals[i][0] + 1));
        b = a + Math.floor(rng() * (intervals[i][1] - a + 1));
      } else {
        a = intervals[i][0];
        b = intervals[j][1];
      }
    }
  } else if (shape === 'point intervals') {
    a = Math.floor(rng() * top);
    b = rng() < 0.6 ? a : a + Math.floor(rng() * 4);
  } else if (shape === 'at an end') {
    if (n === 0 || rng() < 0.5) {
      a = 0;
      b = n === 0 ? Math.floor(rng() * 3) : Math.max(0, intervals[0][0] - Math.floor(rng() * 2));
    } else {
      a = intervals[n - 1][1] + Math.floor(rng() * 3);
      b = a + Math.floor(rng() * 3);
    }
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [intervals, [a, b]];
}
