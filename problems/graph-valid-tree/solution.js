/**
 * A tree on n nodes has exactly n - 1 edges; with that many, it is a tree exactly when no edge
 * closes a cycle (union-find), since n - 1 acyclic edges leave a single component.
 * O(n + E·α(n)) time, O(n) space.
 * @param {number} n
 * @param {number[][]} edges
 * @return {boolean}
 */
var validTree = function (n, edges) {
  if (edges.length !== n - 1) return false;
  const parent = [];
  for (let i = 0; i < n; i++) parent.push(i);
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
    if (ra === rb) return false;
    parent[ra] = rb;
  }
  return true;
};
