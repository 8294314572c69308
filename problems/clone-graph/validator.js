/** LeetCode 133, Clone Graph: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([node]) {
  array('node', node, 0, 100);
  const n = node.length;
  for (let i = 0; i < n; i++) {
    // Entry i holds the neighbours of the node with val i + 1, so every val is in 1..n (and 1..100).
    ints(`node[${i}]`, node[i], 0, n - 1, 1, n);
    for (const v of node[i]) {
      if (v === i + 1) fail(`There are no repeated edges and no self-loops in the graph (node ${i + 1} lists itself)`);
    }
    if (new Set(node[i]).size !== node[i].length) fail(`There are no repeated edges and no self-loops in the graph (node ${i + 1} lists a neighbour twice)`);
  }
  // Undirected: every edge appears in both nodes' lists.
  for (let i = 0; i < n; i++) {
    for (const v of node[i]) {
      if (!node[v - 1].includes(i + 1)) fail(`the graph is undirected: node ${i + 1} lists ${v}, but node ${v} does not list ${i + 1}`);
    }
  }
  // Connected: every node is reachable from the node with val 1.
  if (n > 0) {
    const seen = new Set([1]);
    const stack = [1];
    while (stack.length > 0) {
      const v = stack.pop();
      for (const w of node[v - 1]) {
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
      }
    }
    if (seen.size !== n) fail(`The Graph is connected and all nodes can be visited starting from the given node (only ${seen.size} of ${n} nodes are reachable from node 1)`);
  }
  return true;
}
