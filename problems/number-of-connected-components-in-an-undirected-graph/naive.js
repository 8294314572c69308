var countComponents = function (n, edges) {
  // Quick-find: every node carries its component's label; joining two relabels all n nodes.
  const label = [];
  for (let i = 0; i < n; i++) label.push(i);
  let components = n;
  for (const [a, b] of edges) {
    const from = label[a];
    const to = label[b];
    if (from === to) continue;
    for (let i = 0; i < n; i++) if (label[i] === from) label[i] = to;
    components--;
  }
  return components;
};
