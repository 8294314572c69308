var findCheapestPrice = function (n, flights, src, dst, k) {
  const cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 0; round <= k; round++) {
    // BUG: updates the same array it reads, so one round can chain several flights.
    let changed = false;
    for (const [from, to, price] of flights) {
      if (cost[from] + price < cost[to]) {
        cost[to] = cost[from] + price;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
};
