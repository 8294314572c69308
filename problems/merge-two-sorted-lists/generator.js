function generate(size, rng) {
  const sortedList = (n) => {
    const values = [];
    for (let i = 0; i < n; i++) values.push(-100 + Math.floor(rng() * 201));
    return values.sort((a, b) => a - b);
  };
  const total = Math.max(0, Math.min(100, size));
  // An uneven split, so one list usually runs out well before the other.
  const first = Math.min(50, Math.floor(total * (0.2 + 0.6 * rng())));
  const second = Math.min(50, total - first);
  return [sortedList(first), sortedList(second)];
}
