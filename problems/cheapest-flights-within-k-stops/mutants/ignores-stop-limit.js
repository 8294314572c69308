var findCheapestPrice = function (n, flights, src, dst, k) {
  // BUG: plain shortest path; the limit of k stops is never applied.
  const cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 1; round < n; round++) {
    for (const [from, to, price] of flights) {
      if (cost[from] + price < cost[to]) cost[to] = cost[from] + price;
    }
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
};
