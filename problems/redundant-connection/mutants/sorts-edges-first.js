var findRedundantConnection = function (edges) {
  // Sorts the links before the union-find, so "last" means last in sorted order, not in the input.
  const sorted = edges.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const parent = [];
  for (let i = 0; i <= edges.length; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of sorted) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return [a, b];
    parent[ra] = rb;
  }
  return [];
};
