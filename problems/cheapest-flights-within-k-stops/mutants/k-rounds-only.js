var findCheapestPrice = function (n, flights, src, dst, k) {
  let cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  // BUG: k stops allow k + 1 flights, but this runs only k rounds.
  for (let round = 0; round < k; round++) {
    const next = cost.slice();
    for (const [from, to, price] of flights) {
      if (cost[from] + price < next[to]) next[to] = cost[from] + price;
    }
    cost = next;
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
};
