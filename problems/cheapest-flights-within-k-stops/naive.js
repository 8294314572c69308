var findCheapestPrice = function (n, flights, src, dst, k) {
  // Try every route of at most k + 1 flights that never revisits a city, depth first.
  const out = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const [from, to, price] of flights) out[from].push([to, price]);
  const onPath = new Array(n).fill(false);
  let best = Infinity;
  const walk = (city, spent, flightsLeft) => {
    if (city === dst) {
      if (spent < best) best = spent;
      return;
    }
    if (flightsLeft === 0) return;
    onPath[city] = true;
    for (const [to, price] of out[city]) if (!onPath[to]) walk(to, spent + price, flightsLeft - 1);
    onPath[city] = false;
  };
  walk(src, 0, k + 1);
  return best === Infinity ? -1 : best;
};
