function generate(size, rng) {
  const n = Math.max(0, Math.min(10000, size));
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
