var findRedundantConnection = function (edges) {
  const n = edges.length;
  const parent = [];
  for (let i = 0; i <= n; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of edges) {
    if (find(a) === find(b)) return [a, b];
    parent[a] = b;
  }
  return [];
};
