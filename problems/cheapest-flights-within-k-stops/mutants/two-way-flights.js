var findCheapestPrice = function (n, flights, src, dst, k) {
  let cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 0; round <= k; round++) {
    const next = cost.slice();
    // BUG: every flight is also used in the reverse direction.
    for (const [from, to, price] of flights) {
      if (cost[from] + price < next[to]) next[to] = cost[from] + price;
      if (cost[to] + price < next[from]) next[from] = cost[to] + price;
    }
    cost = next;
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
};
