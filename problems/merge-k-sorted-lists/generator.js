function generate(size, rng) {
  const total = Math.max(0, Math.min(10000, size));
  // Short lists in large numbers: the shape where merging one list at a time is quadratic.
  const k = Math.min(10000, Math.max(1, Math.round(total / (5 + rng() * 10))));
  const lists = [];
  for (let i = 0; i < k; i++) lists.push([]);
  for (let i = 0; i < total; i++) {
    const target = lists[Math.floor(rng() * k)];
    if (target.length < 500) target.push(-10000 + Math.floor(rng() * 20001));
  }
  for (const list of lists) list.sort((a, b) => a - b);
  return [lists];
}
