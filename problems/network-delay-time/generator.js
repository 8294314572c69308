/**
 * One input [times, n, k] with about `size` edges. Hidden tests keep size <= 6000 (n <= 100, which
 * validator.js checks); larger sizes are the efficiency tier's inputs, beyond the constraints by design:
 * there n grows with size (n = size / 4) and the graph hides a long cheap chain behind costly shortcuts.
 */
function generate(size, rng, shape) {
  const known = ['unreachable', 'zero weights', 'detour cheaper', 'dense', 'back to source', 'long chain'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const want = Math.max(1, size);
  let n;
  if (want > 6000) n = Math.floor(want / 4);
  else if (shape === 'dense') n = Math.max(2, Math.min(100, Math.ceil((1 + Math.sqrt(1 + 4 * want)) / 2)));
  else {
    n = Math.max(2, Math.min(100, Math.floor(want * (0.4 + 0.6 * rng())) + 1));
    while (n * (n - 1) < want) n++;
  }
  const edges = Math.min(want, n * (n - 1));
  const k = 1 + Math.floor(rng() * n);
  const pick = (avoid) => {
    for (;;) {
      const v = 1 + Math.floor(rng() * n);
      if (v !== avoid) return v;
    }
  };
  const weight = () => {
    if (shape === 'zero weights') return rng() < 0.5 ? 0 : Math.floor(rng() * 4);
    return Math.floor(rng() * 101);
  };
  const seen = new Set();
  const times = [];
  const add = (u, v, w) => {
    const key = u * 1000003 + v;
    if (u === v || seen.has(key) || times.length >= edges) return false;
    seen.add(key);
    times.push([u, v, w]);
    return true;
  };
  // A random order of the nodes starting at k.
  const order = [k];
  for (let v = 1; v <= n; v++) if (v !== k) order.splice(1 + Math.floor(rng() * order.length), 0, v);
  const cut = shape === 'unreachable' ? order[1 + Math.floor(rng() * (n - 1))] : 0;
  if (shape === 'long chain' || want > 6000) {
    // A cheap chain through every node, listed last-first, and costly shortcuts from k.
    // Chain delays: 1 within the constraints (at most 99 in all, under one shortcut's 100), 0 in the tier.
    for (let i = n - 1; i > 0; i--) add(order[i - 1], order[i], want > 6000 ? 0 : 1);
    for (let i = 2; i < n && times.length < edges && rng() < 0.9; i += 1 + Math.floor(rng() * 3)) add(k, order[i], 100);
  } else if (shape === 'detour cheaper') {
    // Direct edges from k are expensive; a path of several cheap edges beats them.
    const hops = Math.min(n - 1, 2 + Math.floor(rng() * 4));
    for (let i = 1; i <= hops; i++) add(order[i - 1], order[i], Math.floor(rng() * 5));
    for (let i = 2; i <= hops; i++) add(k, order[i], 20 + Math.floor(rng() * 81));
  } else {
    // A random tree from k reaching every node (except the cut one), so most answers are not -1.
    for (let i = 1; i < n; i++) {
      if (order[i] === cut) continue;
      let parent = order[Math.floor(rng() * i)];
      if (parent === cut) parent = k;
      add(parent, order[i], weight());
    }
  }
  if (shape === 'back to source') {
    for (let v = 1; v <= n; v++) if (v !== k && rng() < 0.6) add(v, k, Math.floor(rng() * 3));
  }
  let attempts = 0;
  while (times.length < edges && attempts < edges * 20) {
    attempts++;
    const u = 1 + Math.floor(rng() * n);
    const v = pick(u);
    if (v === cut) continue;
    add(u, v, want > 6000 || shape === 'long chain' ? 100 : weight());
  }
  if (times.length === 0) add(k, pick(k), weight());
  if (want <= 6000 && shape !== 'long chain') {
    for (let i = times.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = times[i];
      times[i] = times[j];
      times[j] = t;
    }
  }
  return [times, n, k];
}
