function generate(size, rng, shape) {
  // A random walk from JFK over a pool of airports; its legs, shuffled, are the tickets, so a valid
  // itinerary always exists. Fewer airports give more repeated tickets and more dead-end traps.
  const m = Math.max(1, Math.min(size, 300));
  const below = (limit) => Math.floor(rng() * limit);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const name = () => letters[below(26)] + letters[below(26)] + letters[below(26)];
  let poolSize;
  let hubBias = 0;
  switch (shape) {
    case 'few airports': poolSize = 2 + below(2); break;
    case 'many airports': poolSize = 4 + below(20); break;
    case 'hub': poolSize = 3 + below(6); hubBias = 0.5; break;
    case 'two airports': poolSize = 1; break;
    default: throw new Error('unknown shape ' + shape);
  }
  const pool = ['JFK'];
  while (pool.length < poolSize + 1) {
    const s = name();
    if (!pool.includes(s)) pool.push(s);
  }
  let at = 'JFK';
  const tickets = [];
  for (let i = 0; i < m; i++) {
    let next;
    if (at !== 'JFK' && rng() < hubBias) next = 'JFK';
    else do next = pool[below(pool.length)]; while (next === at);
    tickets.push([at, next]);
    at = next;
  }
  for (let i = tickets.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [tickets[i], tickets[j]] = [tickets[j], tickets[i]];
  }
  return [tickets];
}
