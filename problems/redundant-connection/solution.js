/**
 * Union-find over the nodes, adding links in input order. The first link whose ends are already
 * connected closes the cycle; every other cycle link came before it, so it is the last one in edges.
 * O(n α(n)) time, O(n) space.
 * @param {number[][]} edges
 * @return {number[]}
 */
var findRedundantConnection = function (edges) {
  const n = edges.length;
  const parent = [];
  for (let i = 0; i <= n; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return [a, b];
    parent[ra] = rb;
  }
  return [];
};
