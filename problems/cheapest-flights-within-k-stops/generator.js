/**
 * One input [n, flights, src, dst, k] with about `size` flights. Hidden tests keep size <= 4950 (n <= 100,
 * which validator.js checks); larger sizes are the efficiency tier's inputs, beyond the constraints by
 * design: n grows to fit size flights, k = n - 1, and a cheap route through every city is listed last
 * flight first. No two flights join the same two cities, in either direction.
 */
function generate(size, rng, shape) {
  const known = ['cheap long route', 'detour trap', 'no route', 'k zero', 'dense'];
  if (shape !== undefined && !known.includes(shape)) throw new Error('unknown shape ' + shape);
  const want = Math.max(0, size);
  const tier = want > 4950;
  const fit = (m) => Math.max(2, Math.ceil((1 + Math.sqrt(1 + 8 * m)) / 2));
  let n;
  if (tier || shape === 'dense') n = fit(want);
  else n = Math.min(100, Math.max(fit(want), Math.floor(want * (0.3 + 0.7 * rng())) + 2, shape === 'detour trap' || shape === 'cheap long route' ? 6 : 2));
  const maxFlights = (n * (n - 1)) / 2;
  // The two planted shapes need their own flights even when size is tiny.
  const planted = shape === 'detour trap' || shape === 'cheap long route' ? 8 : 0;
  const limit = Math.min(Math.max(want, planted), maxFlights);
  const int = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const order = [];
  for (let i = 0; i < n; i++) order.splice(Math.floor(rng() * (i + 1)), 0, i);
  const src = order[0];
  const dst = order[n - 1];
  const pairs = new Set();
  const flights = [];
  const add = (a, b, price) => {
    const key = Math.min(a, b) * 100003 + Math.max(a, b);
    if (a === b || pairs.has(key) || flights.length >= limit) return;
    pairs.add(key);
    flights.push([a, b, price]);
  };
  let k = Math.min(n - 1, Math.floor(rng() * rng() * n));
  if (tier) {
    for (let i = n - 1; i > 0; i--) add(order[i - 1], order[i], 1);
    k = n - 1;
  } else if (shape === 'cheap long route') {
    // A cheap route of several hops, and pricier shortcuts; k decides which is allowed.
    const hops = Math.min(n - 1, int(2, 6));
    const route = [src];
    for (let i = 1; i < hops; i++) route.push(order[i]);
    route.push(dst);
    for (let i = 0; i + 1 < route.length; i++) add(route[i], route[i + 1], int(1, 20));
    for (let i = 0; i + 2 < route.length; i++) add(route[i], route[i + 2], int(30, 200));
    add(src, dst, int(300, 1000));
    k = Math.max(0, Math.min(n - 1, hops - 1 + int(-2, 1)));
  } else if (shape === 'detour trap') {
    // The cheapest way into city m uses too many stops; the route through m that fits k pays more to reach it.
    // With room, the dearer route into m has two flights and is priced so a search by price pops it only
    // after the cheap three-flight route has already reached m.
    const m = order[1];
    const via = order[2];
    if (n >= 6 && rng() < 0.7) {
      add(src, via, int(1, 3));
      add(via, order[3], int(1, 3));
      add(order[3], m, int(1, 3));
      add(src, order[4], int(20, 50));
      add(order[4], m, int(1, 5));
      k = 2;
    } else {
      add(src, via, int(1, 10));
      add(via, m, int(1, 10));
      add(src, m, int(50, 100));
      k = 1;
    }
    add(m, dst, int(1, 10));
    add(src, dst, int(500, 1000));
  } else if (shape === 'k zero') {
    k = 0;
    if (rng() < 0.6) add(src, dst, int(1, 1e4));
  }
  const cutDst = shape === 'no route';
  let attempts = 0;
  while (flights.length < limit && attempts < limit * 30 + 50) {
    attempts++;
    const a = int(0, n - 1);
    const b = int(0, n - 1);
    if (cutDst && (b === dst || a === dst)) continue;
    if (shape === 'detour trap' && (b === order[1] || a === order[1] || b === dst || a === src)) continue;
    if (tier) add(a, b, int(5000, 1e4));
    else if (shape === 'cheap long route') add(a, b, int(500, 1e4));
    else add(a, b, rng() < 0.2 ? int(1, 1e4) : int(1, 100));
  }
  if (!tier) {
    for (let i = flights.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = flights[i];
      flights[i] = flights[j];
      flights[j] = t;
    }
  }
  return [n, flights, src, dst, k];
}
