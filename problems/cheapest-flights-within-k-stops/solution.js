/**
 * Bellman-Ford limited to k + 1 rounds: after round r, cost[v] is the cheapest price to v using at most r
 * flights. Each round reads the previous round's prices only. O(k·E) time, O(n) space.
 * @param {number} n
 * @param {number[][]} flights
 * @param {number} src
 * @param {number} dst
 * @param {number} k
 * @return {number}
 */
var findCheapestPrice = function (n, flights, src, dst, k) {
  let cost = new Array(n).fill(Infinity);
  cost[src] = 0;
  for (let round = 0; round <= k; round++) {
    const next = cost.slice();
    let changed = false;
    for (const [from, to, price] of flights) {
      if (cost[from] + price < next[to]) {
        next[to] = cost[from] + price;
        changed = true;
      }
    }
    cost = next;
    // Nothing improved this round, so no later round can improve anything either.
    if (!changed) break;
  }
  return cost[dst] === Infinity ? -1 : cost[dst];
};
