var findRedundantConnection = function (edges) {
  const n = edges.length;
  const parent = [];
  for (let i = 0; i <= n; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of edges) {
    if (parent[a] === parent[b]) return [a, b];
    parent[find(a)] = find(b);
  }
  return [];
};
