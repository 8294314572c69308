/** LeetCode 133, Clone Graph: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([node]) {
  array('node', node, 0, 100);
  const n = node.length;
  for (let i = 0; i < n; i++) {
    // Entry i holds the neighbours of the node with val i + 1, so every val is in 1..n (and 1..100).
    array(`node[${i}]`, node[i], 0, 100);
    const seen = new Set();
    for (let j = 0; j < node[i].length; j++) {
      const v = node[i][j];
      int(`node[${i}][${j}] (Node.val)`, v, 1, 100);
      if (v > n) fail(`node[${i}] lists ${v}, but the graph has only ${n} node${n === 1 ? '' : 's'} (vals 1 to ${n})`);
      if (v === i + 1) fail(`There are no repeated edges and no self-loops in the graph (node ${i + 1} lists itself)`);
      if (seen.has(v)) fail(`There are no repeated edges and no self-loops in the graph (node ${i + 1} lists ${v} twice)`);
      seen.add(v);
    }
  }
  // Undirected: every edge appears in both nodes' lists.
  for (let i = 0; i < n; i++) {
    for (const v of node[i]) {
      if (!node[v - 1].includes(i + 1)) fail(`the graph is undirected: node ${i + 1} lists ${v}, but node ${v} does not list ${i + 1}`);
    }
  }
  // Connected: every node is reachable from the node with val 1.
  if (n > 0) {
    const reached = new Set([1]);
    const stack = [1];
    while (stack.length > 0) {
      const v = stack.pop();
      for (const w of node[v - 1]) {
        if (!reached.has(w)) {
          reached.add(w);
          stack.push(w);
        }
      }
    }
    if (reached.size !== n) fail(`The Graph is connected and all nodes can be visited starting from the given node (only ${reached.size} of ${n} nodes are reachable from node 1)`);
  }
  return true;
}
