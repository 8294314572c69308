var countComponents = function (n, edges) {
  const parent = [];
  for (let i = 0; i < n; i++) parent.push(i);
  const find = (x) => {
    while (parent[x] !== x) x = parent[x];
    return x;
  };
  for (const [a, b] of edges) {
    if (find(a) !== find(b)) parent[a] = b;
  }
  let components = 0;
  for (let i = 0; i < n; i++) if (find(i) === i) components++;
  return components;
};
