var findCheapestPrice = function (n, flights, src, dst, k) {
  const out = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const [from, to, price] of flights) out[from].push([to, price]);
  const done = new Array(n).fill(false);
  const queue = [[0, src, 0]];
  while (queue.length > 0) {
    queue.sort((a, b) => a[0] - b[0]);
    const [spent, city, used] = queue.shift();
    if (city === dst) return spent;
    // BUG: a city is closed after its cheapest visit, even if a dearer visit with fewer flights was needed.
    if (done[city]) continue;
    done[city] = true;
    if (used === k + 1) continue;
    for (const [to, price] of out[city]) queue.push([spent + price, to, used + 1]);
  }
  return -1;
};
