function generate(size, rng, shape) {
  const n = Math.max(2, Math.min(1000, size));
  const cost = new Array(n);
  const any = () => Math.floor(rng() * 1000);
  if (shape === undefined) {
    for (let i = 0; i < n; i++) cost[i] = any();
  } else if (shape === 'all equal') {
    cost.fill(any());
  } else if (shape === 'cheap and dear in turn') {
    // Cheap and expensive steps alternate, with an occasional pair of cheap ones that breaks the rhythm.
    for (let i = 0; i < n; i++) cost[i] = i % 2 === 0 || rng() < 0.2 ? Math.floor(rng() * 10) : 900 + Math.floor(rng() * 100);
  } else if (shape === 'mostly free') {
    // Zero fees with a few expensive steps: many equal-cost paths, and starts on step 1 often win.
    for (let i = 0; i < n; i++) cost[i] = rng() < 0.35 ? 500 + Math.floor(rng() * 500) : 0;
  } else if (shape === 'few values') {
    for (let i = 0; i < n; i++) cost[i] = Math.floor(rng() * 3);
  } else if (shape === 'sorted') {
    for (let i = 0; i < n; i++) cost[i] = any();
    cost.sort((a, b) => a - b);
  } else {
    throw new Error('unknown shape ' + shape);
  }
  return [cost];
}
